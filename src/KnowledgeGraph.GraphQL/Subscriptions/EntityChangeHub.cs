using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Subscriptions;

/// <summary>
/// Follows the entities of every <c>entityChanged</c> subscription at once: after a graph-version advance it reads all
/// watched keys in one store call and tells each subscriber of a key when that entity's version moved past the last
/// one the subscriber saw (null once when the entity is gone, after which that stream ends). The store work per graph
/// change is therefore one batched read, however many subscribers follow however many entities.
/// </summary>
/// <remarks>
/// Reads run one at a time, so every subscriber sees its events in order; advances announced during a read are covered
/// together by one more read (versions may be skipped, as they may for <c>graphChanged</c>). The hub listens to the
/// change feed only while something is watched, so an idle service does no work on writes.
/// </remarks>
public sealed class EntityChangeHub(IGraphStore store, IGraphChangeFeed feed) : IObserver<GraphVersionAdvanced>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<Watcher> _watchers = [];
    private readonly CancellationTokenSource _disposed = new();
    private IDisposable? _listening;
    private bool _reading;
    private bool _advancedDuringRead;

    /// <summary>How many subscriptions follow an entity now.</summary>
    public int WatcherCount
    {
        get
        {
            lock (_gate)
            {
                return _watchers.Count;
            }
        }
    }

    /// <summary>The changes of <paramref name="initial"/> from its current version on.</summary>
    public IObservable<Entity?> Follow(Entity initial) => new EntityChangeStream(this, initial);

    public void OnNext(GraphVersionAdvanced value)
    {
        lock (_gate)
        {
            if (_reading)
            {
                _advancedDuringRead = true;
                return;
            }

            _reading = true;
        }

        // The feed calls on the thread that learned the version, which must not wait for the store.
        _ = Task.Run(ReadWhileAdvancingAsync);
    }

    public void OnError(Exception error)
    {
        foreach (var watcher in Snapshot())
        {
            watcher.Fail(error);
        }
    }

    public void OnCompleted()
    {
        foreach (var watcher in Snapshot())
        {
            watcher.Complete();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        lock (_gate)
        {
            _listening?.Dispose();
            _listening = null;
        }
    }

    internal IDisposable Watch(Entity initial, IObserver<Entity?> observer)
    {
        var watcher = new Watcher(this, initial, observer);
        lock (_gate)
        {
            _watchers.Add(watcher);
            _listening ??= feed.Changes.Subscribe(this);
        }

        return watcher;
    }

    private void Remove(Watcher watcher)
    {
        lock (_gate)
        {
            // Unsubscribing inside the lock: a concurrent Watch must not subscribe before the old subscription is gone
            // (the feed tells subscriptions of the same observer apart by nothing but the observer).
            if (_watchers.Remove(watcher) && _watchers.Count == 0)
            {
                _listening?.Dispose();
                _listening = null;
            }
        }
    }

    private Watcher[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _watchers];
        }
    }

    private async Task ReadWhileAdvancingAsync()
    {
        while (true)
        {
            Watcher[] watchers;
            lock (_gate)
            {
                _advancedDuringRead = false;
                watchers = [.. _watchers];
            }

            if (watchers.Length > 0)
            {
                await ReadAndTellAsync(watchers).ConfigureAwait(false);
            }

            lock (_gate)
            {
                if (!_advancedDuringRead || _disposed.IsCancellationRequested)
                {
                    _reading = false;
                    return;
                }
            }
        }
    }

    private async Task ReadAndTellAsync(Watcher[] watchers)
    {
        IReadOnlyList<Entity> current;
        try
        {
            var keys = watchers.Select(w => w.Key).Distinct(StringComparer.Ordinal).ToArray();
            current = await store.GetEntitiesAsync(keys, _disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            foreach (var watcher in watchers)
            {
                watcher.Fail(ex);
            }

            return;
        }

        var byKey = new Dictionary<string, Entity>(current.Count, StringComparer.Ordinal);
        foreach (var entity in current)
        {
            byKey.TryAdd(entity.Key, entity);
        }

        foreach (var watcher in watchers)
        {
            try
            {
                watcher.Tell(byKey.GetValueOrDefault(watcher.Key));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A subscriber that throws is dropped; the others still hear of the change.
                watcher.Dispose();
            }
        }
    }

    /// <summary>One subscription: the key it follows and the last version its subscriber was told of.</summary>
    private sealed class Watcher(EntityChangeHub hub, Entity initial, IObserver<Entity?> observer) : IDisposable
    {
        private long _lastVersion = initial.Version;
        private int _ended;

        public string Key { get; } = initial.Key;

        /// <summary>Only the hub's single reader calls this, so <see cref="_lastVersion"/> needs no lock.</summary>
        public void Tell(Entity? current)
        {
            if (current is null)
            {
                if (End())
                {
                    observer.OnNext(null);
                    observer.OnCompleted();
                }
            }
            else if (current.Version != _lastVersion && Volatile.Read(ref _ended) == 0)
            {
                _lastVersion = current.Version;
                observer.OnNext(current);
            }
        }

        public void Fail(Exception error)
        {
            if (End())
            {
                observer.OnError(error);
            }
        }

        public void Complete()
        {
            if (End())
            {
                observer.OnCompleted();
            }
        }

        public void Dispose() => End();

        private bool End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1)
            {
                return false;
            }

            hub.Remove(this);
            return true;
        }
    }
}
