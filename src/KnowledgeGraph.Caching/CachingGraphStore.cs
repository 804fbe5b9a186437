using System.Diagnostics;
using KnowledgeGraph.Caching.Entries;
using KnowledgeGraph.Caching.Logging;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Caching;

/// <summary>
/// Caches relationship reads per anchor and query (so that batches of different shapes share entries) and passes
/// everything else through. Writes go through it: after the store commits, the new graph version is taken on
/// before the write returns and announced to the other instances.
/// </summary>
public sealed class CachingGraphStore(IGraphStore inner, CachedReader reader, ILogger<CachingGraphStore> logger) : IGraphStore
{
    public const string RelationshipsOperation = "relationships";

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(keys, cancellationToken);

    public Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryEntitiesAsync(query, cancellationToken);

    public async Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var version = await reader.Versions.GetCacheVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            reader.Metrics.Bypass(RelationshipsOperation);
            var uncached = await inner.GetRelationshipsAsync(anchorKeys, query, cancellationToken).ConfigureAwait(false);
            reader.Metrics.Duration(RelationshipsOperation, cached: false, started);
            return uncached;
        }

        // Look every anchor up at once: the L2 reads of the misses in L1 are pipelined on one Redis connection.
        var anchors = anchorKeys.Distinct(StringComparer.Ordinal).ToArray();
        var found = await Task.WhenAll(anchors.Select(anchor =>
            reader.TryGetAsync<RelationshipsEntry>(reader.Keys.Relationships(version.Value, anchor, query), cancellationToken))).ConfigureAwait(false);
        var missing = Enumerable.Range(0, anchors.Length).Where(i => found[i] is null).ToArray();

        if (missing.Length > 0)
        {
            var hits = await inner.GetRelationshipsAsync([.. missing.Select(i => anchors[i])], query, cancellationToken).ConfigureAwait(false);
            var byAnchor = hits.ToLookup(h => h.AnchorKey, StringComparer.Ordinal);
            foreach (var i in missing)
            {
                found[i] = new RelationshipsEntry(anchors[i], [.. byAnchor[anchors[i]]]);
            }

            await Task.WhenAll(missing.Select(i =>
                reader.SetAsync(reader.Keys.Relationships(version.Value, anchors[i], query), found[i]!, cancellationToken))).ConfigureAwait(false);
            reader.Metrics.Miss(RelationshipsOperation, missing.Length);
        }

        if (anchors.Length > missing.Length)
        {
            reader.Metrics.Hit(RelationshipsOperation, anchors.Length - missing.Length);
        }

        reader.Metrics.Duration(RelationshipsOperation, cached: missing.Length == 0, started);
        return [.. found.SelectMany(e => e!.Hits)];
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsByKeyAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetSourcesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, cancellationToken);

    public Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        AnnounceAsync(() => inner.ApplyAsync(changes, cancellationToken));

    public async Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default) =>
        new AnnouncedImportSession(await inner.BeginImportAsync(import, cancellationToken).ConfigureAwait(false), this);

    /// <summary>
    /// Runs a write of the store and announces the graph version it produced; a write whose outcome is unknown marks
    /// the cached version uncertain.
    /// </summary>
    internal async Task<GraphChangeResult> AnnounceAsync(Func<Task<GraphChangeResult>> write)
    {
        GraphChangeResult result;
        try
        {
            result = await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not DomainException || ex is StoreUnavailableException)
        {
            // Rejected writes (validation, conflict) change nothing; anything else may have committed before failing.
            GraphCacheLog.WriteOutcomeUnknown(logger, ex);
            reader.Versions.MarkUncertain();
            throw;
        }

        if (result.Changed)
        {
            // The caller's token must not stop the announcement of a committed write.
            await reader.Versions.NotifyWrittenAsync(result.GraphVersion, CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllSourcesAsync(cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationshipsAsync(cancellationToken);
}
