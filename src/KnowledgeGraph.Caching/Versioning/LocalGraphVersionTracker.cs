using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// Memory-only mode (no Redis): one instance is assumed to make every write. The version is read from the store
/// once and then raised by this instance's own writes, each announced on the change feed.
/// </summary>
public sealed class LocalGraphVersionTracker(IGraphStore store, GraphCacheMetrics metrics, GraphChangeFeed changes) : IGraphVersionTracker
{
    private readonly Lock _gate = new();
    private long _version;
    private bool _known;

    public async ValueTask<long?> GetCacheVersionAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_known)
            {
                return _version;
            }
        }

        var stored = await store.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _version = Math.Max(_version, stored);
            _known = true;
            return _version;
        }
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
