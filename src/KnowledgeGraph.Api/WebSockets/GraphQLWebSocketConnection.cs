using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// One accepted socket speaking <c>graphql-transport-ws</c>: waits for <c>connection_init</c> (4408 after the
/// configured time, 4429 on a second one), acknowledges it, answers <c>ping</c> with <c>pong</c>, runs each
/// <c>subscribe</c> under its id (4401 before the acknowledgement, 4409 for an id still running) until it ends or the
/// client sends <c>complete</c>, and closes with 4400 on any message it cannot read. Results go out as <c>next</c>,
/// request errors as <c>error</c>; queries and mutations get one <c>next</c> and <c>complete</c>. Its limits: 4410
/// once acknowledged and running no operation for the idle timeout, 4420 for a message beyond the socket's message
/// rate (counted before the message is parsed). When the host stops, the socket is closed with 1001.
/// </summary>
public sealed class GraphQLWebSocketConnection : IDisposable
{
    private const int ReceiveChunkBytes = 4096;
    private const int StreamBuffer = 64;

    // A close frame's reason holds at most 123 bytes; the reasons here are ASCII.
    private const int MaxCloseReasonLength = 120;
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SocketOperationExecutor _executor;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly GraphQLWebSocketSettings _settings;
    private readonly PartitionedRateLimiter<HttpContext>? _rateLimiter;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lifetime;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private int _initialised;
    private volatile bool _acknowledged;
    private readonly CancellationToken _stopping;
    private readonly SocketIdleTimer _idle;
    private readonly SocketMessageBucket _messages;
    private int _closed;

    public GraphQLWebSocketConnection(
        WebSocket socket, HttpContext context, SocketOperationExecutor executor, IGraphQLTextSerializer serializer,
        GraphQLWebSocketSettings settings, ILogger logger, CancellationToken stopping,
        PartitionedRateLimiter<HttpContext>? rateLimiter = null)
    {
        _socket = socket;
        _context = context;
        _executor = executor;
        _serializer = serializer;
        _settings = settings;
        _rateLimiter = rateLimiter;
        _logger = logger;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        _stopping = stopping;
        _idle = new SocketIdleTimer(settings.IdleTimeout,
            () => _acknowledged && _operations.IsEmpty && Volatile.Read(ref _closed) == 0,
            () => Track(CloseAsync(TransportWsCloseCodes.IdleTimeout,
                $"Idle timeout: no operation for {GraphQLWebSocketSettings.Section}:IdleTimeoutSeconds ({settings.IdleTimeoutSeconds} s)")));
        _messages = new SocketMessageBucket(settings.MaxMessagesPerWindow, settings.MessageWindow, TimeProvider.System);
    }

    public async Task RunAsync()
    {
        var initialisation = CloseUnlessInitialisedAsync();
        Task? shuttingDown = null;
        var shutdown = _stopping.Register(() => shuttingDown = CloseAsync((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down"));
        try
        {
            while (Volatile.Read(ref _closed) == 0)
            {
                var text = await ReceiveAsync();
                if (text is null)
                {
                    break;
                }

                if (!_messages.TryTake())
                {
                    await CloseAsync(TransportWsCloseCodes.TooManyMessages,
                        $"Too many messages: {GraphQLWebSocketSettings.Section}:MaxMessagesPerWindow allows {_settings.MaxMessagesPerWindow} per {_settings.MessageWindowSeconds} s");
                    break;
                }

                await HandleAsync(text);
            }

            await FinishClosingAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or did not answer the close in time: nothing left to tell it.
        }
        finally
        {
            await shutdown.DisposeAsync();
            await _lifetime.CancelAsync();
            await _idle.DisposeAsync();
            await initialisation;
            if (shuttingDown is not null)
            {
                await shuttingDown;
            }

            await Task.WhenAll(_running.Keys);
        }
    }

    public void Dispose()
    {
        _lifetime.Dispose();
        _sending.Dispose();
    }

    private async Task HandleAsync(string text)
    {
        OperationMessage? message;
        try
        {
            message = _serializer.Deserialize<OperationMessage>(text);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            message = null;
        }

        switch (message?.Type)
        {
            case TransportWsMessageTypes.ConnectionInit when message.Id is null:
                if (Interlocked.Exchange(ref _initialised, 1) == 1)
                {
                    await CloseAsync(TransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                    return;
                }

                if (!await AcceptInitCredentialsAsync(message.Payload))
                {
                    return;
                }

                await SendAsync(new OperationMessage { Type = TransportWsMessageTypes.ConnectionAck });
                _acknowledged = true;
                _idle.StartIfIdle();
                return;
            case TransportWsMessageTypes.Ping when message.Id is null:
                await SendAsync(new OperationMessage { Type = TransportWsMessageTypes.Pong, Payload = message.Payload });
                return;
            case TransportWsMessageTypes.Pong when message.Id is null:
                return;
            case TransportWsMessageTypes.Subscribe when message.Id is { Length: > 0 } id:
                await SubscribeAsync(id, message.Payload);
                return;
            case TransportWsMessageTypes.Complete when message.Id is { Length: > 0 } id:
                if (_operations.TryRemove(id, out var operation))
                {
                    Cancel(operation);
                    _idle.StartIfIdle();
                }

                return;
            default:
                await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received");
                return;
        }
    }

    /// <summary>
    /// Credentials in the <c>connection_init</c> payload replace those of the upgrade request; refused ones close the
    /// socket with 4403, as the protocol recommends for a rejected connection.
    /// </summary>
    private async Task<bool> AcceptInitCredentialsAsync(object? payload)
    {
        var credentials = ConnectionInitCredentials.Read(payload);
        if (credentials.Count == 0)
        {
            return true;
        }

        var result = await ConnectionInitCredentials.AuthenticateAsync(_context, credentials);
        if (!result.Succeeded)
        {
            var reason = "Forbidden: " + CredentialFailures.Describe(result.Failure!);
            await CloseAsync(TransportWsCloseCodes.Forbidden, reason.Length > MaxCloseReasonLength ? reason[..MaxCloseReasonLength] : reason);
            return false;
        }

        _context.User = result.Principal;
        return true;
    }

    private async Task SubscribeAsync(string id, object? payload)
    {
        GraphQLRequest? request;
        try
        {
            request = payload is null ? null : _serializer.ReadNode<GraphQLRequest>(payload);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or InvalidCastException)
        {
            request = null;
        }

        if (request is null || string.IsNullOrEmpty(request.Query))
        {
            await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        if (!_acknowledged)
        {
            await CloseAsync(TransportWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.ContainsKey(id))
        {
            await CloseAsync(TransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _settings.MaxOperationsPerConnection)
        {
            await SendAsync(ErrorMessage(id, SocketOperationExecutor.Rejected(EdgeErrorCodes.LimitExceeded,
                $"{_settings.MaxOperationsPerConnection} operations are running on this socket; {GraphQLWebSocketSettings.Section}:MaxOperationsPerConnection allows no more.")));
            return;
        }

        // Each operation on a socket is a request like any over HTTP: it takes a permit of the caller's rate limit,
        // so one long-lived socket is not a way around it. The socket stays open; the client may retry later.
        if (_rateLimiter is not null)
        {
            using var lease = _rateLimiter.AttemptAcquire(_context);
            if (!lease.IsAcquired)
            {
                await SendAsync(ErrorMessage(id, SocketOperationExecutor.Rejected(EdgeErrorCodes.RateLimited,
                    $"Too many requests: {RateLimitSettings.Section}:PermitLimit limits operations over WebSocket as over HTTP.")));
                return;
            }
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _operations[id] = operation;
        _idle.Stop();
        Track(Task.Run(() => RunOperationAsync(id, request, operation)));
    }

    /// <summary>Work the socket must see finished before it ends (operations, an idle close).</summary>
    private void Track(Task running)
    {
        _running.TryAdd(running, 0);
        _ = running.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            var result = await _executor.ExecuteAsync(id, request, _context, token);
            if (!result.Executed)
            {
                if (Release(id, operation))
                {
                    await SendAsync(ErrorMessage(id, result));
                }

                return;
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                await StreamAsync(id, streams.Values.First(), token);
            }
            else
            {
                await SendAsync(new OperationMessage { Id = id, Type = TransportWsMessageTypes.Next, Payload = result });
            }

            if (Release(id, operation))
            {
                await SendAsync(new OperationMessage { Id = id, Type = TransportWsMessageTypes.Complete });
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && token.IsCancellationRequested)
        {
            // Completed by the client, or the socket closed.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            WebSocketLog.OperationFailed(_logger, id, ex);
            if (Release(id, operation))
            {
                await TrySendAsync(ErrorMessage(id, SocketOperationExecutor.Rejected(EdgeErrorCodes.InternalError,
                    "The operation failed unexpectedly.")));
            }
        }
        finally
        {
            Release(id, operation);
            operation.Dispose();
        }
    }

    /// <summary>Sends each event of the source stream as <c>next</c>, in order; a client slower than the events
    /// misses the oldest of them (each carries the whole current state, e.g. the latest graph version).</summary>
    private async Task StreamAsync(string id, IObservable<ExecutionResult> stream, CancellationToken cancellationToken)
    {
        var events = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(StreamBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        using var subscription = stream.Subscribe(new ExecutionResultObserver(events.Writer));
        await foreach (var next in events.Reader.ReadAllAsync(cancellationToken))
        {
            await SendAsync(new OperationMessage { Id = id, Type = TransportWsMessageTypes.Next, Payload = next });
        }
    }

    /// <summary>Ends the operation's registration if it is still this one; true when the caller should tell the client.</summary>
    private bool Release(string id, CancellationTokenSource operation)
    {
        if (!_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation)))
        {
            return false;
        }

        _idle.StartIfIdle();
        return true;
    }

    private static void Cancel(CancellationTokenSource operation)
    {
        try
        {
            operation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation ended meanwhile.
        }
    }

    private static OperationMessage ErrorMessage(string id, ExecutionResult result) =>
        new() { Id = id, Type = TransportWsMessageTypes.Error, Payload = result.Errors ?? [] };

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_settings.ConnectionInitTimeout, _lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initialised) == 0)
        {
            await CloseAsync(TransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    /// <summary>Reads one whole message; null when the client closed (or the message was too big and the socket is closing).</summary>
    private async Task<string?> ReceiveAsync()
    {
        var chunk = new byte[ReceiveChunkBytes];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(chunk.AsMemory(), _lifetime.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (message.Length + received.Count > _settings.MaxMessageBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig,
                    $"Message larger than {GraphQLWebSocketSettings.Section}:MaxMessageBytes ({_settings.MaxMessageBytes})");
                return null;
            }

            message.Write(chunk, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    /// <summary>Completes the closing handshake: answers the client's close, or waits briefly for its answer to ours.</summary>
    private async Task FinishClosingAsync()
    {
        if (_socket.State == WebSocketState.CloseReceived)
        {
            Interlocked.Exchange(ref _closed, 1);
            CancelOperations();
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            return;
        }

        var chunk = new byte[ReceiveChunkBytes];
        while (_socket.State == WebSocketState.CloseSent)
        {
            await _socket.ReceiveAsync(chunk.AsMemory(), _lifetime.Token);
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        WebSocketLog.Closed(_logger, code, reason);
        CancelOperations();
        await _sending.WaitAsync(CancellationToken.None);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client is gone already.
        }
        finally
        {
            _sending.Release();
        }

        // Wait for the client's close frame only so long.
        _lifetime.CancelAfter(CloseGrace);
    }

    private void CancelOperations()
    {
        foreach (var id in _operations.Keys)
        {
            if (_operations.TryRemove(id, out var operation))
            {
                Cancel(operation);
            }
        }
    }

    private async Task SendAsync(OperationMessage message)
    {
        var bytes = Encoding.UTF8.GetBytes(_serializer.Serialize(message));
        await _sending.WaitAsync(_lifetime.Token);
        try
        {
            if (_socket.State == WebSocketState.Open && Volatile.Read(ref _closed) == 0)
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task TrySendAsync(OperationMessage message)
    {
        try
        {
            await SendAsync(message);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The socket closed meanwhile.
        }
    }
}
