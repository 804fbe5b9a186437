using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Subscriptions;

/// <summary>
/// The changes of one entity, as the <see cref="EntityChangeHub"/> sees them: the entity each time its own version
/// moves on after a graph change, null once when it is deleted (then the stream ends). Writes elsewhere in the graph
/// push nothing. Each subscriber compares with the version it last saw, starting from <paramref name="initial"/>.
/// </summary>
public sealed class EntityChangeStream(EntityChangeHub hub, Entity initial) : IObservable<Entity?>
{
    public IDisposable Subscribe(IObserver<Entity?> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return hub.Watch(initial, observer);
    }
}
