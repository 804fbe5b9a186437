using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Exchange.Snapshots;

/// <summary>A store's whole graph, streamed from it record by record (never all held in memory).</summary>
public sealed class StoreSnapshot(IGraphStore store) : IGraphSnapshot
{
    public IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default) =>
        store.ReadAllSourcesAsync(cancellationToken);

    public IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken cancellationToken = default) =>
        store.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default) =>
        store.ReadAllRelationshipsAsync(cancellationToken);
}
