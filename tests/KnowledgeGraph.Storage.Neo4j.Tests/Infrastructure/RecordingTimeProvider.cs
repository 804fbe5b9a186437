namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// A clock whose short timers fire at once (on the thread pool) and record how long they were asked to wait, so
/// retry delays can be checked without sleeping. Timers of <paramref name="neverFireFrom"/> or longer (by default
/// ten seconds, below the request timeout) never fire and are not recorded, so request timeouts stay quiet unless
/// a test lowers the bound to provoke one.
/// </summary>
public sealed class RecordingTimeProvider(TimeSpan? neverFireFrom = null) : TimeProvider
{
    private readonly TimeSpan _neverFireFrom = neverFireFrom ?? TimeSpan.FromSeconds(10);
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return _delays.ToList();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime >= _neverFireFrom || dueTime == Timeout.InfiniteTimeSpan)
        {
            return new QuietTimer();
        }

        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new QuietTimer();
    }

    private sealed class QuietTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
