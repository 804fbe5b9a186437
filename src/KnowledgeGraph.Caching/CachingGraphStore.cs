using System.Diagnostics;
using KnowledgeGraph.Caching.Entries;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Caching;

/// <summary>
/// Caches relationship reads per anchor and query (so that batches of different shapes share entries) and passes
/// everything else through. It sits in front of the <see cref="Versioning.AnnouncingGraphStore"/>, so a write has
/// raised the graph version, and with it every cache key, before it returns.
/// </summary>
public sealed class CachingGraphStore(IGraphStore inner, CachedReader reader) : GraphStoreDecorator(inner)
{
    public const string RelationshipsOperation = "relationships";

    public override async Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var version = await reader.Versions.GetCacheVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            reader.Metrics.Bypass(RelationshipsOperation);
            var uncached = await Inner.GetRelationshipsAsync(anchorKeys, query, cancellationToken).ConfigureAwait(false);
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
            var hits = await Inner.GetRelationshipsAsync([.. missing.Select(i => anchors[i])], query, cancellationToken).ConfigureAwait(false);
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
}
