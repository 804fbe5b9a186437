using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Caching.Tests;

public sealed class ServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void AddGraphCaching_fails_with_a_clear_message_when_no_store_is_registered()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddGraphCaching(Configuration()));

        Assert.Contains("after the store registration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGraphCaching_names_the_key_of_an_invalid_setting()
    {
        var services = StoreServices(out var configuration, ("Caching:Expiration", "00:01:00"), ("Caching:LocalExpiration", "00:05:00"));

        var error = Assert.Throws<OptionsValidationException>(() => OptionsOf(services.AddGraphCaching(configuration)));

        Assert.Contains("Caching:LocalExpiration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGraphCaching_when_disabled_caches_nothing_but_still_announces_writes_on_the_change_feed()
    {
        var services = StoreServices(out var configuration, ("Caching:Enabled", "false"));

        services.AddGraphCaching(configuration);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();
        var announced = new List<long>();
        using var listening = provider.GetRequiredService<IGraphChangeFeed>().Changes.Subscribe(new Recorder(announced));
        var written = await store.ApplyAsync(SampleGraph.Initial);

        Assert.IsType<AnnouncingGraphStore>(store);
        Assert.IsType<SqliteGraphTraversal>(provider.GetRequiredService<IGraphTraversal>());
        Assert.Null(provider.GetService<CachedReader>());
        Assert.Equal([written.GraphVersion], announced);
    }

    [Fact]
    public void AddGraphCaching_decorates_store_and_traversal_in_memory_only_mode_without_redis()
    {
        var services = StoreServices(out var configuration);

        services.AddGraphCaching(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<CachingGraphStore>(provider.GetRequiredService<IGraphStore>());
        Assert.IsType<CachingGraphTraversal>(provider.GetRequiredService<IGraphTraversal>());
        Assert.IsType<LocalGraphVersionTracker>(provider.GetRequiredService<IGraphVersionTracker>());
        Assert.Null(provider.GetService<IDistributedCache>());
    }

    [Fact]
    public void AddGraphCaching_leaves_the_change_history_to_the_store_so_it_is_never_served_stale()
    {
        var services = StoreServices(out var configuration);

        services.AddGraphCaching(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<CachingGraphStore>(provider.GetRequiredService<IGraphStore>());
        Assert.Same(provider.GetRequiredService<SqliteGraphStore>(), provider.GetRequiredService<IChangeHistory>());
    }

    [Fact]
    public async Task Start_up_succeeds_and_answers_come_uncached_when_redis_is_unreachable()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.StopAsync();
        await using var instance = await GraphInstance.StartAsync(_database.Path, redis.ConnectionString);
        await instance.Store.ApplyAsync(SampleGraph.Initial);

        var first = await instance.Traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = SampleGraph.Zhetysu });
        await instance.Traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = SampleGraph.Zhetysu });

        Assert.Contains(first.Nodes, n => n.Key == SampleGraph.Kazakhstan);
        Assert.Equal(2, instance.InnerTraversal.Calls);
        Assert.Equal(2, instance.Metrics.Total(Metrics.GraphCacheMetrics.BypassesName, ("operation", "neighborhood")));
        Assert.IsType<RedisGraphVersionTracker>(instance.Versions);
    }

    [Fact]
    public async Task Hosted_synchronizer_lets_the_first_read_use_the_cache()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = await GraphInstance.StartAsync(_database.Path, redis.ConnectionString);
        var tracker = (RedisGraphVersionTracker)instance.Versions;
        Assert.False(tracker.IsSynchronized);

        foreach (var hosted in instance.Services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await Eventually.TrueAsync(() => Task.FromResult(tracker.IsSynchronized), "the hosted synchronizer to synchronise");
        await instance.Store.ApplyAsync(SampleGraph.Initial);
        await instance.Traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = SampleGraph.Zhetysu });

        Assert.Equal(0, instance.Metrics.Total(Metrics.GraphCacheMetrics.BypassesName));
        Assert.Equal(1, instance.Metrics.Total(Metrics.GraphCacheMetrics.MissesName, ("operation", "neighborhood")));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    public void AddGraphCaching_refuses_an_external_write_check_interval_that_is_not_positive(string interval)
    {
        var services = StoreServices(out var configuration, ("Caching:ExternalWriteCheckInterval", interval));

        var error = Assert.Throws<OptionsValidationException>(() => OptionsOf(services.AddGraphCaching(configuration)));

        Assert.Contains("Caching:ExternalWriteCheckInterval", error.Message, StringComparison.Ordinal);
    }

    private static GraphCachingOptions OptionsOf(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<GraphCachingOptions>>().Value;
    }

    private ServiceCollection StoreServices(out IConfiguration configuration, params (string Key, string Value)[] settings)
    {
        configuration = Configuration(settings);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSqliteGraphStore(configuration);
        return services;
    }

    private IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new KeyValuePair<string, string?>("Storage:Sqlite:Path", _database.Path)))
            .Build();

    private sealed class Recorder(List<long> versions) : IObserver<GraphVersionAdvanced>
    {
        public void OnNext(GraphVersionAdvanced value) => versions.Add(value.Version);

        public void OnError(Exception error) => throw error;

        public void OnCompleted()
        {
        }
    }
}
