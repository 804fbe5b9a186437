using System.Collections.Concurrent;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>A store decorator that counts the calls made to each read method.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int TotalCalls => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public int CallsTo(string method) => _calls.GetValueOrDefault(method);

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Count(nameof(GetEntitiesAsync), () => inner.GetEntitiesAsync(keys, cancellationToken));

    public Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(QueryEntitiesAsync), () => inner.QueryEntitiesAsync(query, cancellationToken));

    public Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationshipsAsync), () => inner.GetRelationshipsAsync(anchorKeys, query, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationshipsByKeyAsync), () => inner.GetRelationshipsByKeyAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Count(nameof(GetSourcesAsync), () => inner.GetSourcesAsync(keys, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(SearchAsync), () => inner.SearchAsync(query, cancellationToken));

    public Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        inner.ApplyAsync(changes, cancellationToken);

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(GetStatisticsAsync), () => inner.GetStatisticsAsync(cancellationToken));

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) => inner.ReadAllSourcesAsync(cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);

    private Task<T> Count<T>(string method, Func<Task<T>> call)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return call();
    }
}
