using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Caching;

/// <summary>
/// The documents registered as automatic persisted queries, kept in HybridCache (shared through Redis when the
/// graph cache uses it) and within <c>GraphQL:PersistedQueries:MaxEntries</c>/<c>MaxBytes</c> per instance, no
/// client holding more than <c>MaxClientShare</c> of them.
/// </summary>
public sealed class PersistedQueryStore
{
    private const string KeyPrefix = "kg:apq:";
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly HybridCache cache;
    private readonly PersistedQuerySettings settings;
    private readonly CacheBudget budget;

    public PersistedQueryStore(HybridCache cache, IOptions<PersistedQuerySettings> options)
    {
        this.cache = cache;
        settings = options.Value;
        budget = new CacheBudget(settings.MaxEntries, settings.MaxBytes, settings.MaxClientShare);
    }

    /// <summary>Documents this instance keeps account of, and their size in bytes.</summary>
    public (int Entries, long Bytes) Usage => (budget.Count, budget.Bytes);

    public async ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<string?>(KeyPrefix + hash, _ => ValueTask.FromResult<string?>(null), ReadOnly,
            cancellationToken: cancellationToken);

    public async ValueTask RegisterAsync(string hash, string document, string client, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + hash;
        var evicted = budget.Admit(key, client, (long)document.Length * sizeof(char));
        if (!evicted.Contains(key))
        {
            await cache.SetAsync(key, document, new HybridCacheEntryOptions { Expiration = TimeSpan.FromMinutes(settings.ExpirationMinutes) },
                cancellationToken: cancellationToken);
        }

        foreach (var old in evicted)
        {
            await cache.RemoveAsync(old, cancellationToken);
        }
    }
}
