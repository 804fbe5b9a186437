using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>
/// Passes every call to the real store and counts the relationship reads, to tell cache hits from store work, and the
/// graph-version reads, to show how often the version is checked.
/// </summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly List<string> _anchorsRead = [];
    private int _relationshipReads;
    private int _versionReads;

    public int RelationshipReads => Volatile.Read(ref _relationshipReads);

    public int VersionReads => Volatile.Read(ref _versionReads);

    /// <summary>Every anchor key the store was asked for, in order.</summary>
    public IReadOnlyList<string> AnchorsRead
    {
        get
        {
            lock (_anchorsRead)
            {
                return [.. _anchorsRead];
            }
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(keys, cancellationToken);

    public Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _relationshipReads);
        lock (_anchorsRead)
        {
            _anchorsRead.AddRange(anchorKeys);
        }

        return inner.GetRelationshipsAsync(anchorKeys, query, cancellationToken);
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsByKeyAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetSourcesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, cancellationToken);

    /// <summary>When set, the next write commits in the real store and then fails, as when a connection drops after the commit.</summary>
    public bool FailNextWriteAfterCommit { get; set; }

    public async Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        var result = await inner.ApplyAsync(changes, cancellationToken);
        if (FailNextWriteAfterCommit)
        {
            FailNextWriteAfterCommit = false;
            throw new IOException("The connection dropped after the commit.");
        }

        return result;
    }

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _versionReads);
        return inner.GetGraphVersionAsync(cancellationToken);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) => inner.ReadAllSourcesAsync(cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);
}
