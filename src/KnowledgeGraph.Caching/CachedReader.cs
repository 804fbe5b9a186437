using System.Diagnostics;
using KnowledgeGraph.Caching.Keys;
using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Versioning;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Caching;

/// <summary>
/// The read path shared by the caching decorators: ask the version tracker for the version to key on; without one,
/// answer from the store (a bypass); with one, serve from HybridCache or compute and cache (a hit or a miss).
/// </summary>
public sealed class CachedReader(
    HybridCache cache, IGraphVersionTracker versions, GraphCacheMetrics metrics, IOptions<GraphCachingOptions> options)
{
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData,
    };

    private readonly HybridCacheEntryOptions _entryOptions = new()
    {
        Expiration = options.Value.Expiration,
        LocalCacheExpiration = options.Value.LocalExpiration,
    };

    public GraphCacheKeys Keys { get; } = new(options.Value.KeyPrefix);

    public GraphCacheMetrics Metrics => metrics;

    public IGraphVersionTracker Versions => versions;

    /// <summary>One answer under one key: <paramref name="keyFor"/> builds it from the graph version.</summary>
    public async Task<TEntry> GetOrComputeAsync<TEntry>(
        string operation, Func<long, string> keyFor, Func<CancellationToken, Task<TEntry>> compute, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var version = await versions.GetCacheVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            metrics.Bypass(operation);
            var uncached = await compute(cancellationToken).ConfigureAwait(false);
            metrics.Duration(operation, cached: false, started);
            return uncached;
        }

        var state = new MissState<TEntry>(compute);
        var entry = await cache.GetOrCreateAsync(
            keyFor(version.Value),
            state,
            static async (s, ct) =>
            {
                s.Missed = true;
                return await s.Compute(ct).ConfigureAwait(false);
            },
            _entryOptions,
            cancellationToken: cancellationToken).ConfigureAwait(false);

        if (state.Missed)
        {
            metrics.Miss(operation);
        }
        else
        {
            metrics.Hit(operation);
        }

        metrics.Duration(operation, cached: !state.Missed, started);
        return entry;
    }

    /// <summary>The cached entry under <paramref name="key"/>, or null; never computes.</summary>
    public async Task<TEntry?> TryGetAsync<TEntry>(string key, CancellationToken cancellationToken)
        where TEntry : class =>
        await cache.GetOrCreateAsync<TEntry?>(key, static _ => ValueTask.FromResult<TEntry?>(null), ReadOnly, cancellationToken: cancellationToken)
            .ConfigureAwait(false);

    public async Task SetAsync<TEntry>(string key, TEntry entry, CancellationToken cancellationToken) =>
        await cache.SetAsync(key, entry, _entryOptions, cancellationToken: cancellationToken).ConfigureAwait(false);

    private sealed class MissState<TEntry>(Func<CancellationToken, Task<TEntry>> compute)
    {
        public Func<CancellationToken, Task<TEntry>> Compute { get; } = compute;

        public bool Missed { get; set; }
    }
}
