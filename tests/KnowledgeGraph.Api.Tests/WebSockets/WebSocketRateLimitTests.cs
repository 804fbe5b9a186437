using System.Net.WebSockets;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// The per-client rate limit of <c>GraphQL:RateLimit</c> holds over WebSocket too: opening a socket takes a permit and
/// so does every operation on it, so one long-lived socket is no way around the limit.
/// </summary>
public sealed class WebSocketRateLimitTests : IDisposable
{
    private readonly KestrelApp app = new(new ApiFactory(new Dictionary<string, string?>
    {
        ["GraphQL:RateLimit:PermitLimit"] = "3",
        ["GraphQL:RateLimit:WindowSeconds"] = "3600",
    }));

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Operations_over_the_limit_get_a_RATE_LIMITED_error_and_the_socket_stays_open()
    {
        using var client = await TransportWsClient.ConnectAsync(new Uri(app.GraphQLEndpoint));
        await client.InitialiseAsync();

        await client.SubscribeAsync("1", "{ __typename }");
        var first = await client.ReceiveAsync();
        Assert.Equal("complete", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
        await client.SubscribeAsync("2", "{ __typename }");
        var second = await client.ReceiveAsync();
        Assert.Equal("complete", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
        await client.SubscribeAsync("3", "{ __typename }");
        var third = await client.ReceiveAsync();

        Assert.Equal("next", first?["type"]?.GetValue<string>());
        Assert.Equal("next", second?["type"]?.GetValue<string>());
        Assert.Equal("error", third?["type"]?.GetValue<string>());
        Assert.Equal("3", third?["id"]?.GetValue<string>());
        Assert.Equal(EdgeErrorCodes.RateLimited, third?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task A_socket_opened_over_the_limit_is_refused_with_429()
    {
        for (var i = 0; i < 3; i++)
        {
            using var opened = await TransportWsClient.ConnectAsync(new Uri(app.GraphQLEndpoint));
        }

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => TransportWsClient.ConnectAsync(new Uri(app.GraphQLEndpoint)));

        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
    }
}
