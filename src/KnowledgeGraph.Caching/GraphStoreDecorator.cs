using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Caching;

/// <summary>A store in front of another that passes every call through unless a subclass takes it over.</summary>
public abstract class GraphStoreDecorator(IGraphStore inner) : IGraphStore
{
    protected IGraphStore Inner => inner;

    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public virtual Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(keys, cancellationToken);

    public virtual Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryEntitiesAsync(query, cancellationToken);

    public virtual Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(anchorKeys, query, cancellationToken);

    public virtual Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsByKeyAsync(keys, cancellationToken);

    public virtual Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetSourcesAsync(keys, cancellationToken);

    public virtual Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, cancellationToken);

    public virtual Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        inner.ApplyAsync(changes, cancellationToken);

    public virtual Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default) =>
        inner.BeginImportAsync(import, cancellationToken);

    public virtual Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);

    public virtual Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public virtual IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllSourcesAsync(cancellationToken);

    public virtual IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllEntitiesAsync(cancellationToken);

    public virtual IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);
}
