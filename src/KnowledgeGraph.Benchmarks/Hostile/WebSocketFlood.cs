using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// Opens sockets at <c>/graphql</c> with the <c>graphql-transport-ws</c> subprotocol, sends <c>connection_init</c>
/// and, on the first few, a burst of <c>ping</c> messages, then leaves every accepted socket open and idle: what a
/// server without per-client or idle limits keeps for ever. <see cref="FinishAsync"/> reports which sockets the server
/// closed meanwhile (with their close codes) and closes the rest.
/// </summary>
public sealed class WebSocketFlood(Uri graphqlEndpoint, int burstSockets, int burstPings)
{
    public const string SubProtocol = "graphql-transport-ws";

    private static readonly byte[] ConnectionInit = "{\"type\":\"connection_init\"}"u8.ToArray();
    private static readonly byte[] Ping = "{\"type\":\"ping\"}"u8.ToArray();

    private readonly ConcurrentBag<OpenSocket> _open = [];

    /// <summary>Opens socket <paramref name="index"/> and says how far it got: <c>ack</c>, <c>ack, 1000/1000 pongs</c>, <c>refused 429</c>, <c>closed 4400</c>…</summary>
    public async Task<string> OpenAsync(int index, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SubProtocol);
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(graphqlEndpoint, cancellationToken);
        }
        catch (WebSocketException)
        {
            var status = (int)socket.HttpStatusCode;
            socket.Dispose();
            return status == 0 ? "upgrade failed" : string.Create(CultureInfo.InvariantCulture, $"refused {status}");
        }

        await socket.SendAsync(ConnectionInit, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        var first = await ReceiveTypeAsync(socket, cancellationToken);
        if (first != "connection_ack")
        {
            var ended = Describe(socket, first);
            socket.Dispose();
            return ended;
        }

        var outcome = "ack";
        if (index < burstSockets)
        {
            for (var i = 0; i < burstPings; i++)
            {
                await socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }

            var pongs = 0;
            while (pongs < burstPings && await ReceiveTypeAsync(socket, cancellationToken) == "pong")
            {
                pongs++;
            }

            outcome = string.Create(CultureInfo.InvariantCulture, $"ack, {pongs}/{burstPings} pongs");
            if (socket.State != WebSocketState.Open)
            {
                outcome += ", " + Describe(socket, null);
            }
        }

        if (socket.State == WebSocketState.Open)
        {
            _open.Add(new OpenSocket(socket, WatchAsync(socket)));
        }
        else
        {
            socket.Dispose();
        }

        return outcome;
    }

    /// <summary>How many sockets are still open after the wait, how many the server closed and with which codes; then closes them all.</summary>
    public async Task<string> FinishAsync()
    {
        var closedByServer = _open.Where(s => s.Watch.IsCompleted).GroupBy(s => Describe(s.Socket, null))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ×{g.Count()}"))
            .ToList();
        var stillOpen = _open.Count(s => !s.Watch.IsCompleted);
        foreach (var open in _open)
        {
            if (open.Socket.State == WebSocketState.Open)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await open.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "benchmark done", closing.Token);
                }
                catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
                {
                    // The server went away meanwhile; nothing to close.
                }
            }

            open.Socket.Dispose();
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"WebSocket flood: {stillOpen} acknowledged sockets still open after the idle wait; closed by the server: {(closedByServer.Count == 0 ? "none" : string.Join("; ", closedByServer))}.");
    }

    /// <summary>Reads messages until the server closes the socket, so its close code is known when the flood ends.</summary>
    private static async Task WatchAsync(ClientWebSocket socket)
    {
        try
        {
            while (await ReceiveTypeAsync(socket, CancellationToken.None) is not null)
            {
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection broke without a close frame (Describe says so), or the flood closed it.
        }
    }

    /// <summary>The <c>type</c> of the next message, or null when the server closed the socket.</summary>
    private static async Task<string?> ReceiveTypeAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        try
        {
            using var json = JsonDocument.Parse(message.ToArray());
            return json.RootElement.TryGetProperty("type", out var type) ? type.GetString() : "untyped message";
        }
        catch (JsonException)
        {
            return "unreadable message: " + Encoding.UTF8.GetString(message.ToArray()[..Math.Min(40, (int)message.Length)]);
        }
    }

    private static string Describe(ClientWebSocket socket, string? unexpected) => socket.CloseStatus is { } status
        ? string.Create(CultureInfo.InvariantCulture, $"closed {(int)status}")
        : unexpected is null ? $"ended ({socket.State})" : $"answered {unexpected}";

    private sealed record OpenSocket(ClientWebSocket Socket, Task Watch);
}
