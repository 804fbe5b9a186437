namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// The application with small WebSocket limits: two sockets per client, three in total, a bucket of
/// <see cref="MessagesPerWindow"/> messages that does not refill within a test.
/// </summary>
public sealed class WebSocketLimitsFixture() : WebSocketFixture(new Dictionary<string, string?>
{
    ["GraphQL:WebSockets:MaxConnectionsPerClient"] = MaxPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["GraphQL:WebSockets:MaxConnections"] = MaxInTotal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["GraphQL:WebSockets:MaxMessagesPerWindow"] = MessagesPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["GraphQL:WebSockets:MessageWindowSeconds"] = "3600",
})
{
    public const int MaxPerClient = 2;
    public const int MaxInTotal = 3;
    public const int MessagesPerWindow = 6;
}
