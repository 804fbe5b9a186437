using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>Open subscriptions do not hold the host up when it stops.</summary>
public sealed class GraphQLWebSocketShutdownTests
{
    [Fact]
    public async Task Socket_with_a_running_subscription_is_closed_with_1001_when_the_host_stops()
    {
        var app = new KestrelApp(new ApiFactory());
        using var client = await TransportWsClient.ConnectAsync(new Uri(app.GraphQLEndpoint));
        await client.InitialiseAsync();
        await client.SubscribeAsync("1", "subscription { graphChanged { version } }");
        var closing = client.ReceiveCloseAsync();

        await Task.Run(app.Dispose);
        var code = await closing;

        Assert.Equal(1001, code);
    }
}
