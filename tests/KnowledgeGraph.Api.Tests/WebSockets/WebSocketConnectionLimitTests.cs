using System.Net;
using System.Net.WebSockets;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// Sockets per client (<c>GraphQL:WebSockets:MaxConnectionsPerClient</c>) and in total (<c>MaxConnections</c>): an
/// upgrade over either is refused before it is accepted, with a GraphQL error naming the setting, and a socket's place
/// is given back however the socket ends.
/// </summary>
public sealed class WebSocketConnectionLimitTests(WebSocketLimitsFixture fixture) : IClassFixture<WebSocketLimitsFixture>, IAsyncLifetime
{
    private const string Loopback = "127.0.0.1";
    private readonly List<TransportWsClient> _clients = [];

    public Task InitializeAsync() => OpenSockets.UntilAsync(fixture.Sockets, 0);

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await OpenSockets.UntilAsync(fixture.Sockets, 0);
    }

    [Fact]
    public async Task Socket_over_the_per_client_limit_is_refused_with_429_naming_the_setting()
    {
        for (var i = 0; i < WebSocketLimitsFixture.MaxPerClient; i++)
        {
            await OpenAsync();
        }

        var (status, body) = await WebSocketUpgrade.RefusalAsync(fixture.Endpoint);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        var error = body?["errors"]?[0];
        Assert.Equal(DomainErrorCodes.LimitExceeded, error?["extensions"]?["code"]?.GetValue<string>());
        Assert.Contains("GraphQL:WebSockets:MaxConnectionsPerClient", error?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(WebSocketLimitsFixture.MaxPerClient, fixture.Sockets.OpenCountFor(Loopback));
    }

    [Fact]
    public async Task Another_client_gets_a_socket_until_the_server_limit_which_refuses_with_503()
    {
        for (var i = 0; i < WebSocketLimitsFixture.MaxPerClient; i++)
        {
            await OpenAsync();
        }

        var other = await OpenAsync(LoopbackClient.Second);
        var (status, body) = await WebSocketUpgrade.RefusalAsync(fixture.Endpoint, LoopbackClient.Second);

        Assert.Equal(WebSocketState.Open, other.State);
        Assert.Equal(WebSocketLimitsFixture.MaxInTotal, fixture.Sockets.OpenCount);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var error = body?["errors"]?[0];
        Assert.Equal(DomainErrorCodes.LimitExceeded, error?["extensions"]?["code"]?.GetValue<string>());
        Assert.Contains("GraphQL:WebSockets:MaxConnections ", error?["message"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client closes")]
    [InlineData("client vanishes")]
    [InlineData("server closes")]
    public async Task A_socket_gives_its_place_back_however_it_ends(string ending)
    {
        for (var i = 0; i < WebSocketLimitsFixture.MaxPerClient; i++)
        {
            await OpenAsync();
        }

        var ended = _clients[0];
        switch (ending)
        {
            case "client closes":
                await ended.CloseAsync();
                break;
            case "client vanishes":
                ended.Dispose();
                break;
            default:
                await ended.SendAsync("not json");
                Assert.Equal(4400, await ended.ReceiveCloseAsync());
                break;
        }

        await OpenSockets.UntilAsync(fixture.Sockets, WebSocketLimitsFixture.MaxPerClient - 1);
        var again = await OpenAsync();

        Assert.Equal(WebSocketState.Open, again.State);
        Assert.Equal(WebSocketLimitsFixture.MaxPerClient, fixture.Sockets.OpenCountFor(Loopback));
    }

    /// <summary>Opens an acknowledged socket that the test disposes at its end.</summary>
    private async Task<TransportWsClient> OpenAsync(IPAddress? from = null)
    {
        var client = await TransportWsClient.ConnectAsync(fixture.Endpoint, from: from);
        _clients.Add(client);
        await client.InitialiseAsync();
        return client;
    }
}
