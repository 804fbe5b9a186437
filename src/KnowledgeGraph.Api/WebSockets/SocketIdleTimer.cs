namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// Ends an acknowledged socket that runs no operation for <c>GraphQL:WebSockets:IdleTimeoutSeconds</c>. The socket
/// starts it on <c>connection_ack</c> and whenever its last operation ends, and stops it when one starts; when it
/// fires, <paramref name="isIdle"/> is asked again, so a start that raced with a new operation ends nothing.
/// </summary>
/// <remarks>
/// Pings do not stop it: a socket that only pings holds one of the client's and the server's socket places while
/// serving nothing, and the <c>graphql-ws</c> client opens a new socket by itself once it has an operation to run.
/// </remarks>
public sealed class SocketIdleTimer(TimeSpan timeout, Func<bool> isIdle, Action onIdle) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private bool _disposed;

    /// <summary>(Re)starts the countdown when the socket runs nothing.</summary>
    public void StartIfIdle()
    {
        if (!isIdle())
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _timer ??= TimeProvider.System.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(timeout, Timeout.InfiniteTimeSpan);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the timer and waits for a firing in progress, so nothing it started is missed by the caller.</summary>
    public async ValueTask DisposeAsync()
    {
        ITimer? timer;
        lock (_gate)
        {
            _disposed = true;
            timer = _timer;
        }

        if (timer is not null)
        {
            await timer.DisposeAsync();
        }
    }

    private void Fire()
    {
        if (isIdle())
        {
            onIdle();
        }
    }
}
