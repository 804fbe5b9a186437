using System.Collections.Concurrent;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

/// <summary>
/// A store decorator that keeps every change set handed to <see cref="ApplyAsync"/>, committed or refused, and can slip
/// a rival write in before one (<see cref="InterleaveBeforeNextApply"/>).
/// </summary>
public sealed class RecordingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentQueue<GraphChangeSet> _applied = new();
    private GraphChangeSet? _interleaved;

    public IReadOnlyList<GraphChangeSet> Applied => _applied.ToList();

    /// <summary>
    /// Plays another writer: applies <paramref name="rival"/> to the store just before the next change set reaches it,
    /// after the mutation has done all its reads. Not recorded in <see cref="Applied"/>.
    /// </summary>
    public void InterleaveBeforeNextApply(GraphChangeSet rival) => _interleaved = rival;

    public async Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        _applied.Enqueue(changes);
        if (Interlocked.Exchange(ref _interleaved, null) is { } rival)
        {
            await inner.ApplyAsync(rival, cancellationToken);
        }

        return await inner.ApplyAsync(changes, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(keys, cancellationToken);

    public Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(anchorKeys, query, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsByKeyAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetSourcesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, cancellationToken);

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) => inner.ReadAllSourcesAsync(cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);
}
