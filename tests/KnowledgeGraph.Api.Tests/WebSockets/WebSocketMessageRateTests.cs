namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// The per-socket message rate (<c>GraphQL:WebSockets:MaxMessagesPerWindow</c> per <c>MessageWindowSeconds</c>): the
/// first message beyond it closes the socket with 4420 before it is read.
/// </summary>
public sealed class WebSocketMessageRateTests(WebSocketLimitsFixture fixture) : IClassFixture<WebSocketLimitsFixture>
{
    [Fact]
    public async Task Message_beyond_the_socket_budget_closes_it_with_4420_unanswered()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        // connection_init took one message of the budget; send the rest as pings, and one more.
        for (var i = 0; i < WebSocketLimitsFixture.MessagesPerWindow; i++)
        {
            await client.SendAsync(new { type = "ping" });
        }

        var pongs = 0;
        while (await client.ReceiveAsync() is { } message)
        {
            Assert.Equal("pong", message["type"]?.GetValue<string>());
            pongs++;
        }

        Assert.Equal(WebSocketLimitsFixture.MessagesPerWindow - 1, pongs);
        Assert.Equal(4420, (int)client.CloseStatus!.Value);
        Assert.Contains("GraphQL:WebSockets:MaxMessagesPerWindow", client.CloseReason, StringComparison.Ordinal);
    }
}
