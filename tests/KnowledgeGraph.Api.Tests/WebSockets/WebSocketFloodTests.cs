using System.Net;
using System.Net.WebSockets;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// One client floods the WebSocket endpoint: many sockets at once, each sending a burst of operations without reading.
/// The named limits refuse what is over them, the server runs at most each socket's message budget, and its count of
/// open sockets returns to zero.
/// </summary>
public sealed class WebSocketFloodTests(WebSocketLimitsFixture fixture) : IClassFixture<WebSocketLimitsFixture>
{
    private const int SocketsTried = 12;
    private const int BurstPerSocket = 50;

    [Fact]
    public async Task Flood_of_sockets_and_messages_is_refused_by_the_named_limits_and_leaves_no_socket_open()
    {
        await OpenSockets.UntilAsync(fixture.Sockets, 0);
        var attempts = await Task.WhenAll(Enumerable.Range(0, SocketsTried).Select(_ => TryConnectAsync()));
        var opened = attempts.OfType<TransportWsClient>().ToList();
        var (status, body) = await WebSocketUpgrade.RefusalAsync(fixture.Endpoint);

        var answers = await Task.WhenAll(opened.Select(BurstAsync));
        foreach (var client in opened)
        {
            client.Dispose();
        }

        await OpenSockets.UntilAsync(fixture.Sockets, 0);

        Assert.Equal(WebSocketLimitsFixture.MaxPerClient, opened.Count);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal(DomainErrorCodes.LimitExceeded, body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.All(answers, answer =>
        {
            Assert.Equal(4420, answer.CloseCode);
            // connection_init took one message of the budget; no more operations than the rest of it ran.
            Assert.InRange(answer.Executed, 0, WebSocketLimitsFixture.MessagesPerWindow - 1);
        });
        Assert.Equal(0, fixture.Sockets.OpenCountFor("127.0.0.1"));
    }

    private async Task<TransportWsClient?> TryConnectAsync()
    {
        try
        {
            return await TransportWsClient.ConnectAsync(fixture.Endpoint);
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    /// <summary>Sends connection_init and a burst of queries unread, then counts the results until the server closes.</summary>
    private static async Task<(int CloseCode, int Executed)> BurstAsync(TransportWsClient client)
    {
        await client.SendAsync(new { type = "connection_init" });
        for (var i = 0; i < BurstPerSocket; i++)
        {
            await client.SubscribeAsync($"q{i}", "{ __typename }");
        }

        var executed = 0;
        while (await client.ReceiveAsync() is { } message)
        {
            if (message["type"]?.GetValue<string>() == "next")
            {
                executed++;
            }
        }

        return ((int)client.CloseStatus!.Value, executed);
    }
}
