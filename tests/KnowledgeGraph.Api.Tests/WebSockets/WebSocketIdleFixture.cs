namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>The application with a short idle timeout for acknowledged sockets.</summary>
public sealed class WebSocketIdleFixture() : WebSocketFixture(new Dictionary<string, string?>
{
    ["GraphQL:WebSockets:IdleTimeoutSeconds"] = IdleTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const double IdleTimeoutSeconds = 0.5;
}
