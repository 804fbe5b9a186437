using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// The version trackers' announcements as an observable: each advance of the tracked graph version is passed to every
/// current observer. An observer that throws is dropped; the others still hear of the change.
/// </summary>
public sealed class GraphChangeFeed : IGraphChangeFeed, IObservable<GraphVersionAdvanced>
{
    private readonly Lock _gate = new();
    private IObserver<GraphVersionAdvanced>[] _observers = [];

    public IObservable<GraphVersionAdvanced> Changes => this;

    /// <summary>How many observers are listening now (e.g. open <c>graphChanged</c> subscriptions).</summary>
    public int ObserverCount
    {
        get
        {
            lock (_gate)
            {
                return _observers.Length;
            }
        }
    }

    public IDisposable Subscribe(IObserver<GraphVersionAdvanced> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate)
        {
            _observers = [.. _observers, observer];
        }

        return new Subscription(this, observer);
    }

    /// <summary>Tells every observer that the graph version moved on to <paramref name="version"/>.</summary>
    public void Publish(long version)
    {
        IObserver<GraphVersionAdvanced>[] observers;
        lock (_gate)
        {
            observers = _observers;
        }

        var change = new GraphVersionAdvanced(version);
        foreach (var observer in observers)
        {
            try
            {
                observer.OnNext(change);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Remove(observer);
            }
        }
    }

    private void Remove(IObserver<GraphVersionAdvanced> observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
        }
    }

    private sealed class Subscription(GraphChangeFeed feed, IObserver<GraphVersionAdvanced> observer) : IDisposable
    {
        public void Dispose() => feed.Remove(observer);
    }
}
