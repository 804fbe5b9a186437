using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// The graph-store port. Every read takes a batch of keys so that callers resolving a list of parents make one
/// call per level, never one per parent. Implementations must behave identically; the shared conformance suite
/// is the specification.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates what the store needs (tables, indexes, constraints). Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The entities with these keys; unknown keys are left out, order is unspecified.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The relationships of every anchor that match <paramref name="query"/>, each with the entity at its other end.
    /// Hits of one anchor come ordered by relationship type, then neighbour name, then relationship key.
    /// A self-relationship is reported once, as outgoing.
    /// </summary>
    Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default);

    /// <summary>The relationships with these keys; unknown keys are left out.</summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The sources with these keys; unknown keys are left out.</summary>
    Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a change set in one transaction. Throws <see cref="Errors.ValidationException"/> when a relationship
    /// names a missing endpoint or a fact cites a missing source, <see cref="Errors.ConcurrencyConflictException"/>
    /// on a version mismatch; in both cases nothing is written.
    /// </summary>
    Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts an import written in parts in one transaction (<see cref="IGraphImportSession"/>). Stores with a bulk path
    /// stream the parts into the open transaction; the default gathers them and applies them as one change set at commit.
    /// </summary>
    Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default) =>
        Task.FromResult<IGraphImportSession>(new BufferedImportSession(this, import));

    /// <summary>A number that grows with every write that changes the graph.</summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default);

    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every source, ordered by key; for export and copying between stores.</summary>
    IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every entity, ordered by key; for export and copying between stores.</summary>
    IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship, ordered by key; for export and copying between stores.</summary>
    IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default);
}
