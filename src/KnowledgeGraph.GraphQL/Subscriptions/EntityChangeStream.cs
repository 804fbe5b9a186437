using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Subscriptions;

/// <summary>
/// The changes of one entity, derived from graph-version advances: after each advance the entity is read again and
/// pushed when its own version differs from the last one seen (or when it was deleted, after which the stream ends).
/// Writes elsewhere in the graph therefore push nothing. Reads are serialised so events keep their order.
/// </summary>
public sealed class EntityChangeStream(IObservable<GraphVersionAdvanced> changes, IGraphStore store, Entity initial)
    : IObservable<Entity?>
{
    public IDisposable Subscribe(IObserver<Entity?> observer) => new Subscription(changes, store, initial, observer);

    private sealed class Subscription : IObserver<GraphVersionAdvanced>, IDisposable
    {
        private readonly IGraphStore _store;
        private readonly IObserver<Entity?> _observer;
        private readonly string _key;
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly CancellationTokenSource _stopped = new();
        private readonly IDisposable _upstream;
        private long _lastVersion;
        private bool _ended;

        public Subscription(IObservable<GraphVersionAdvanced> changes, IGraphStore store, Entity initial, IObserver<Entity?> observer)
        {
            _store = store;
            _observer = observer;
            _key = initial.Key;
            _lastVersion = initial.Version;
            _upstream = changes.Subscribe(this);
        }

        public void OnNext(GraphVersionAdvanced value) => _ = CheckAsync();

        public void OnError(Exception error) => End(() => _observer.OnError(error));

        public void OnCompleted() => End(_observer.OnCompleted);

        public void Dispose()
        {
            _ended = true;
            _upstream.Dispose();
            _stopped.Cancel();
        }

        private async Task CheckAsync()
        {
            try
            {
                await _gate.WaitAsync(_stopped.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (_ended)
                {
                    return;
                }

                var current = (await _store.GetEntitiesAsync([_key], _stopped.Token).ConfigureAwait(false)).SingleOrDefault();
                if (current is null)
                {
                    _observer.OnNext(null);
                    End(_observer.OnCompleted);
                }
                else if (current.Version != _lastVersion)
                {
                    _lastVersion = current.Version;
                    _observer.OnNext(current);
                }
            }
            catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                End(() => _observer.OnError(ex));
            }
            finally
            {
                _gate.Release();
            }
        }

        private void End(Action signal)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            _upstream.Dispose();
            signal();
        }
    }
}
