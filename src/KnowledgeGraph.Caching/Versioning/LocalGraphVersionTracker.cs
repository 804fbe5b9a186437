using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// Memory-only mode (no Redis): nothing announces the writes of other processes on the same store (a command-line
/// <c>import</c>, a second instance), so the version is read from the store on the first read and again by the first
/// read that comes <c>externalWriteCheck</c> or more after the last reading. Reading the graph version is one lookup
/// of a one-row table in every store, so the check costs next to nothing and a foreign write is served within the
/// interval. This instance's own writes raise the version at once. Every advance is announced on the change feed.
/// </summary>
public sealed class LocalGraphVersionTracker(
    IGraphStore store, GraphCacheMetrics metrics, GraphChangeFeed changes, TimeSpan externalWriteCheck, TimeProvider time) : IGraphVersionTracker
{
    private readonly Lock _gate = new();
    private long _version;
    private bool _known;
    private long _readAt;
    private bool _checking;

    public async ValueTask<long?> GetCacheVersionAsync(CancellationToken cancellationToken = default)
    {
        long startedAt;
        lock (_gate)
        {
            // While one reader checks, the others keep answering at the version known so far: it is at most one
            // interval old, as promised, and the store sees one check per interval however many reads arrive.
            if (_known && (_checking || time.GetElapsedTime(_readAt) < externalWriteCheck))
            {
                return _version;
            }

            _checking = _known;
            startedAt = time.GetTimestamp();
        }

        long stored;
        try
        {
            stored = await store.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _checking = false;
            }
        }

        bool advanced;
        long version;
        lock (_gate)
        {
            advanced = _known && stored > _version;
            _version = Math.Max(_version, stored);
            _known = true;
            _readAt = startedAt;
            version = _version;
        }

        if (advanced)
        {
            metrics.Invalidation("external");
            changes.Publish(version);
        }

        return version;
    }

    public Task NotifyWrittenAsync(long graphVersion, CancellationToken cancellationToken = default)
    {
        bool advanced;
        lock (_gate)
        {
            advanced = graphVersion > _version;
            _version = Math.Max(_version, graphVersion);
        }

        if (advanced)
        {
            metrics.Invalidation("write");
            changes.Publish(graphVersion);
        }

        return Task.CompletedTask;
    }

    public void MarkUncertain()
    {
        lock (_gate)
        {
            _known = false;
        }
    }
}
