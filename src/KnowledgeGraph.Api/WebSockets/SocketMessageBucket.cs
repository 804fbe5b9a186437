namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// A token bucket of one socket's messages: it holds at most <paramref name="capacity"/> and fills continuously, a
/// whole bucket per <paramref name="window"/>, so a client may send a burst of that many and then that many per window.
/// Filled from the elapsed time when a message arrives, so it needs no timer. Only the socket's receive loop takes
/// from it, so it needs no lock.
/// </summary>
public sealed class SocketMessageBucket(int capacity, TimeSpan window, TimeProvider time)
{
    private readonly double _perSecond = capacity / window.TotalSeconds;
    private double _tokens = capacity;
    private long _filledAt = time.GetTimestamp();

    /// <summary>Takes one message's token; false when the bucket is empty.</summary>
    public bool TryTake()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(capacity, _tokens + (time.GetElapsedTime(_filledAt, now).TotalSeconds * _perSecond));
        _filledAt = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens--;
        return true;
    }
}
