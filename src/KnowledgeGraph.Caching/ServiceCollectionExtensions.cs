using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Serialization;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Configuration;
using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Caching;

public static class ServiceCollectionExtensions
{
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// Puts the change feed and, unless <c>Caching:Enabled</c> is false, the graph cache in front of the registered
    /// <see cref="IGraphStore"/> and <see cref="IGraphTraversal"/> (call it after the store registration). Binds
    /// <see cref="GraphCachingOptions"/> from <c>Caching</c>, validated on start. Every committed write raises the graph
    /// version through the version tracker, which announces it on the <see cref="IGraphChangeFeed"/> (subscriptions),
    /// with caching on or off: with <c>ConnectionStrings:Redis</c> set, Redis carries the versions between instances
    /// (and is the cache's second level); otherwise the version is this process's, and a cache notices other processes'
    /// writes by re-reading the store's graph version at most every
    /// <see cref="GraphCachingOptions.ExternalWriteCheckInterval"/>. A registered <see cref="IGraphBookmarks"/> travels
    /// with the versions.
    /// </summary>
    public static IServiceCollection AddGraphCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSettings<GraphCachingOptions>(GraphCachingOptions.SectionName, configuration);

        // Only which decorators to register is read here; a value that is not a boolean fails the start naming the key.
        var enabledValue = configuration.GetSection(GraphCachingOptions.SectionName)[nameof(GraphCachingOptions.Enabled)];
        var enabled = !bool.TryParse(enabledValue, out var parsed) || parsed;

        var storeDescriptor = FindSingleton<IGraphStore>(services);
        var traversalDescriptor = FindSingleton<IGraphTraversal>(services);

        services.TryAddSingleton<GraphCacheMetrics>();
        services.AddSingleton<GraphChangeFeed>();
        services.AddSingleton<IGraphChangeFeed>(sp => sp.GetRequiredService<GraphChangeFeed>());
        services.AddSingleton(sp => new UndecoratedGraphStore(Create<IGraphStore>(sp, storeDescriptor)));
        AddVersionTracker(services, configuration.GetConnectionString(RedisConnectionStringName));
        services.AddSingleton(sp => new AnnouncingGraphStore(
            sp.GetRequiredService<UndecoratedGraphStore>().Store,
            sp.GetRequiredService<IGraphVersionTracker>(),
            sp.GetRequiredService<ILogger<AnnouncingGraphStore>>()));

        if (!enabled)
        {
            services.Replace(ServiceDescriptor.Singleton<IGraphStore>(sp => sp.GetRequiredService<AnnouncingGraphStore>()));
            return services;
        }

        services.AddHybridCache().AddSerializerFactory<GraphCacheSerializerFactory>();
        services.AddSingleton<CachedReader>();
        services.Replace(ServiceDescriptor.Singleton<IGraphStore>(sp => new CachingGraphStore(
            sp.GetRequiredService<AnnouncingGraphStore>(),
            sp.GetRequiredService<CachedReader>())));
        services.Replace(ServiceDescriptor.Singleton<IGraphTraversal>(sp => new CachingGraphTraversal(
            Create<IGraphTraversal>(sp, traversalDescriptor),
            sp.GetRequiredService<CachedReader>())));
        return services;
    }

    /// <summary>
    /// Redis settings from the connection string, made safe for a cache: start-up does not fail without Redis,
    /// reconnection is automatic, and commands fail at once while disconnected instead of queueing.
    /// </summary>
    public static ConfigurationOptions RedisOptions(string connectionString)
    {
        var redis = ConfigurationOptions.Parse(connectionString);
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        return redis;
    }

    private static void AddVersionTracker(IServiceCollection services, string? redisConnectionString)
    {
        if (string.IsNullOrWhiteSpace(redisConnectionString))
        {
            services.AddSingleton<IGraphVersionTracker>(sp => new LocalGraphVersionTracker(
                sp.GetRequiredService<UndecoratedGraphStore>().Store, sp.GetRequiredService<GraphCacheMetrics>(),
                sp.GetRequiredService<GraphChangeFeed>(),
                Options(sp).ExternalWriteCheckInterval,
                sp.GetService<TimeProvider>() ?? TimeProvider.System));
            return;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisOptions(redisConnectionString)));
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((redis, sp) =>
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));
        services.AddSingleton(sp => new RedisGraphVersionTracker(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<UndecoratedGraphStore>().Store,
            sp.GetRequiredService<GraphCacheMetrics>(),
            sp.GetRequiredService<GraphChangeFeed>(),
            sp.GetRequiredService<ILogger<RedisGraphVersionTracker>>(),
            Options(sp).KeyPrefix,
            Options(sp).SubscriptionProbeTimeout,
            sp.GetService<IGraphBookmarks>()));
        services.AddSingleton<IGraphVersionTracker>(sp => sp.GetRequiredService<RedisGraphVersionTracker>());
        services.AddHostedService<GraphCacheSynchronizer>();
    }

    private static GraphCachingOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<GraphCachingOptions>>().Value;

    private static ServiceDescriptor FindSingleton<T>(IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)
            ?? throw new InvalidOperationException(
                $"AddGraphCaching found no {typeof(T).Name}: call it after the store registration (AddSqliteGraphStore or AddNeo4jGraphStore).");
        if (descriptor.Lifetime != ServiceLifetime.Singleton)
        {
            throw new InvalidOperationException(
                $"AddGraphCaching decorates a singleton {typeof(T).Name}, but it is registered as {descriptor.Lifetime}.");
        }

        return descriptor;
    }

    private static T Create<T>(IServiceProvider services, ServiceDescriptor descriptor)
        where T : class =>
        (T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
