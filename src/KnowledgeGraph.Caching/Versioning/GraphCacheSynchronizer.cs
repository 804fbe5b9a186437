using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// Starts the Redis subscription and graph-version synchronisation when the host starts, so that the first requests
/// need not bypass the cache. It does not wait for Redis: without it the host starts and answers uncached.
/// </summary>
public sealed class GraphCacheSynchronizer(RedisGraphVersionTracker tracker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = tracker.SynchronizeAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
