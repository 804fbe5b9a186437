using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>A raw <c>graphql-transport-ws</c> client over <see cref="ClientWebSocket"/>, for driving the protocol by hand.</summary>
public sealed class TransportWsClient : IDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket = new();
    private HttpMessageInvoker? _invoker;

    private TransportWsClient()
    {
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public string? SubProtocol => _socket.SubProtocol;

    public WebSocketState State => _socket.State;

    /// <param name="headers">Sent with the upgrade request (credentials, for instance).</param>
    /// <param name="from">The loopback address to connect from (another client to the server); 127.0.0.1 by default.</param>
    public static async Task<TransportWsClient> ConnectAsync(
        Uri httpEndpoint, string? subProtocol = "graphql-transport-ws", IReadOnlyDictionary<string, string>? headers = null, IPAddress? from = null)
    {
        var client = new TransportWsClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            client._socket.Options.SetRequestHeader(name, value);
        }

        var uri = new UriBuilder(httpEndpoint) { Scheme = httpEndpoint.Scheme == "https" ? "wss" : "ws" }.Uri;
        if (from is null)
        {
            await client._socket.ConnectAsync(uri, CancellationToken.None);
        }
        else
        {
            client._invoker = new HttpMessageInvoker(LoopbackClient.Handler(from));
            await client._socket.ConnectAsync(uri, client._invoker, CancellationToken.None);
        }

        return client;
    }

    public Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SendAsync(object message) => SendAsync(JsonSerializer.Serialize(message));

    /// <summary>Sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public async Task InitialiseAsync()
    {
        await SendAsync(new { type = "connection_init" });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(new { id, type = "subscribe", payload = new { query } });

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>Reads until the server closes the socket and returns the close code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    /// <summary>Sends the close frame and waits for the server's answer, as a client leaving politely does.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    public void Dispose()
    {
        _socket.Dispose();
        _invoker?.Dispose();
    }
}
