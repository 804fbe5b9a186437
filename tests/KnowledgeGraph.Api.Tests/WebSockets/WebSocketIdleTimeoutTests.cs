using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// An acknowledged socket that runs no operation for <c>GraphQL:WebSockets:IdleTimeoutSeconds</c> is closed with 4410;
/// pings do not keep it open, a running subscription does.
/// </summary>
public sealed class WebSocketIdleTimeoutTests(WebSocketIdleFixture fixture) : IClassFixture<WebSocketIdleFixture>
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Acknowledged_socket_without_an_operation_is_closed_with_4410()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4410, code);
        Assert.Contains("GraphQL:WebSockets:IdleTimeoutSeconds", client.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pings_do_not_keep_an_idle_socket_open()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        // Pings well inside the message rate until the server closes; bounded so a socket kept open fails the test.
        for (var i = 0; i < 300 && await PingAsync(client); i++)
        {
            await Task.Delay(PingInterval);
        }

        Assert.Equal(4410, (int?)client.CloseStatus);
    }

    [Fact]
    public async Task Running_subscription_keeps_the_socket_open_and_its_end_starts_the_idle_timeout()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        // Subscribe right behind connection_init, so the socket is never idle from its acknowledgement on.
        await client.SendAsync(new { type = "connection_init" });
        await client.SubscribeAsync("changes", "subscription { graphChanged { version } }");
        Assert.Equal("connection_ack", (await client.ReceiveAsync())?["type"]?.GetValue<string>());

        // Several idle timeouts pass; then a write must still reach the socket.
        await Task.Delay(TimeSpan.FromSeconds(WebSocketIdleFixture.IdleTimeoutSeconds * 4));
        await fixture.App.Factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = $"idle-test-{Guid.NewGuid():N}", Title = "Written while a socket subscribes" }],
        });
        var next = await client.ReceiveAsync();
        await client.SendAsync(new { id = "changes", type = "complete" });
        var code = await client.ReceiveCloseAsync();

        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal(4410, code);
    }

    /// <summary>Sends a ping and reads its pong; false once the server has closed the socket.</summary>
    private static async Task<bool> PingAsync(TransportWsClient client)
    {
        await client.SendAsync(new { type = "ping" });
        return await client.ReceiveAsync() is not null;
    }
}
