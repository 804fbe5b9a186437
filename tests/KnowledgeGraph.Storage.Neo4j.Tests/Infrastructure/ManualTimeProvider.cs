namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// A clock whose periodic timers fire only when the test says so (<see cref="Tick"/>), so that what a timer does can
/// be checked without waiting; one-shot timers (request timeouts) never fire.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];

    /// <summary>Fires every live periodic timer once.</summary>
    public void Tick()
    {
        List<ManualTimer> live;
        lock (_timers)
        {
            live = _timers.Where(t => !t.Disposed).ToList();
        }

        foreach (var timer in live)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(() => callback(state));
        if (period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            lock (_timers)
            {
                _timers.Add(timer);
            }
        }

        return timer;
    }

    private sealed class ManualTimer(Action fire) : ITimer
    {
        public bool Disposed { get; private set; }

        public void Fire()
        {
            if (!Disposed)
            {
                fire();
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
