using KnowledgeGraph.Caching.Keys;
using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>
/// One service instance as the Api would build it: the SQLite store and a traversal (each behind a counting
/// decorator), then <c>AddGraphCaching</c>. Each instance has its own service provider, so its own HybridCache (L1), its own
/// Redis multiplexer and its own metrics.
/// </summary>
public sealed class GraphInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GraphInstance(ServiceProvider services)
    {
        _services = services;
        Store = services.GetRequiredService<IGraphStore>();
        Traversal = services.GetRequiredService<IGraphTraversal>();
        Counting = services.GetRequiredService<CountingGraphStore>();
        InnerTraversal = services.GetRequiredService<CountingGraphTraversal>();
        Versions = services.GetRequiredService<IGraphVersionTracker>();
        Metrics = new MetricsRecorder(services.GetRequiredService<GraphCacheMetrics>().Meter);
    }

    /// <summary>The store as callers see it (with caching).</summary>
    public IGraphStore Store { get; }

    /// <summary>The traversal as callers see it (with caching).</summary>
    public IGraphTraversal Traversal { get; }

    /// <summary>The real store under the cache, counting its relationship reads.</summary>
    public CountingGraphStore Counting { get; }

    /// <summary>The real traversal under the cache, counting its calls.</summary>
    public CountingGraphTraversal InnerTraversal { get; }

    public IGraphVersionTracker Versions { get; }

    public MetricsRecorder Metrics { get; }

    public IServiceProvider Services => _services;

    /// <param name="sqliteTraversal">True: the SQLite traversal (adjacency index); false: a small BFS over the store's reads.</param>
    /// <param name="configure">Further registrations of the store's side, made before <c>AddGraphCaching</c>.</param>
    public static async Task<GraphInstance> StartAsync(
        string databasePath, string? redisConnectionString, IDictionary<string, string?>? settings = null, bool sqliteTraversal = false,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = databasePath,
            ["ConnectionStrings:Redis"] = redisConnectionString,
            ["Caching:KeyPrefix"] = "kg-test:",
            ["Caching:SubscriptionProbeTimeout"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSqliteGraphStore(configuration);
        services.AddSingleton(sp => new CountingGraphStore(sp.GetRequiredService<SqliteGraphStore>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<CountingGraphStore>());
        services.AddSingleton(sp => new CountingGraphTraversal(sqliteTraversal
            ? sp.GetRequiredService<SqliteGraphTraversal>()
            : new StoreBackedTraversal(sp.GetRequiredService<CountingGraphStore>())));
        services.AddSingleton<IGraphTraversal>(sp => sp.GetRequiredService<CountingGraphTraversal>());
        configure?.Invoke(services);
        services.AddGraphCaching(configuration);

        var instance = new GraphInstance(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
        await instance.Store.InitializeAsync();
        return instance;
    }

    /// <summary>Waits (bounded) until this instance trusts its cache, i.e. it is subscribed and synchronised.</summary>
    public async Task WaitUntilCachingAsync()
    {
        if (Versions is RedisGraphVersionTracker redis)
        {
            await Eventually.TrueAsync(async () =>
            {
                await redis.SynchronizeAsync();
                return redis.IsSynchronized;
            }, "the instance to synchronise with Redis");
        }
    }

    /// <summary>
    /// Waits (bounded) until the entry this instance cached under <paramref name="keyFor"/> (at its current version)
    /// has reached Redis: HybridCache writes the second level in the background.
    /// </summary>
    public async Task WaitUntilInRedisAsync(Func<GraphCacheKeys, long, string> keyFor)
    {
        var key = keyFor(_services.GetRequiredService<CachedReader>().Keys, ((RedisGraphVersionTracker)Versions).KnownVersion);
        var redis = _services.GetRequiredService<IDistributedCache>();
        await Eventually.TrueAsync(async () => await redis.GetAsync(key) is not null, $"entry {key} to reach Redis");
    }

    /// <summary>Waits (bounded) until this instance has heard of graph version <paramref name="version"/>.</summary>
    public async Task WaitUntilVersionAsync(long version)
    {
        var redis = (RedisGraphVersionTracker)Versions;
        await Eventually.TrueAsync(() => Task.FromResult(redis.KnownVersion >= version), $"the instance to hear of graph version {version}");
    }

    /// <summary>Waits (bounded) until this instance has noticed that Redis is gone and bypasses its cache.</summary>
    public async Task WaitUntilBypassingAsync()
    {
        var redis = (RedisGraphVersionTracker)Versions;
        await Eventually.TrueAsync(() => Task.FromResult(!redis.IsSynchronized), "the instance to notice the Redis outage");
    }

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await _services.DisposeAsync();
    }
}
