using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>A change feed the test announces graph versions on by hand, and that tells how many observers listen.</summary>
public sealed class ManualChangeFeed : IGraphChangeFeed, IObservable<GraphVersionAdvanced>
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<GraphVersionAdvanced>> _observers = [];

    public IObservable<GraphVersionAdvanced> Changes => this;

    public int ObserverCount
    {
        get
        {
            lock (_gate)
            {
                return _observers.Count;
            }
        }
    }

    public IDisposable Subscribe(IObserver<GraphVersionAdvanced> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    public void Publish(long version)
    {
        IObserver<GraphVersionAdvanced>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer.OnNext(new GraphVersionAdvanced(version));
        }
    }

    private sealed class Unsubscriber(ManualChangeFeed feed, IObserver<GraphVersionAdvanced> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._observers.Remove(observer);
            }
        }
    }
}
