using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Serialization;
using KnowledgeGraph.Caching.Versioning;
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
    /// Puts the graph cache in front of the registered <see cref="IGraphStore"/> and <see cref="IGraphTraversal"/>
    /// (call it after the store registration). Binds <see cref="GraphCachingOptions"/> from <c>Caching</c>; with
    /// <c>ConnectionStrings:Redis</c> set, Redis is the second cache level and carries cross-instance invalidation,
    /// otherwise the cache is in process only and notices other processes' writes by re-reading the store's graph version
    /// at most every <see cref="GraphCachingOptions.ExternalWriteCheckInterval"/>. Registers the <see cref="IGraphChangeFeed"/> the version
    /// tracker announces new graph versions on; a registered <see cref="IGraphBookmarks"/> travels with the versions.
    /// </summary>
    public static IServiceCollection AddGraphCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(GraphCachingOptions.SectionName);
        var options = section.Get<GraphCachingOptions>() ?? new GraphCachingOptions();
        options.Validate();
        if (!options.Enabled)
        {
            return services;
        }

        var storeDescriptor = FindSingleton<IGraphStore>(services);
        var traversalDescriptor = FindSingleton<IGraphTraversal>(services);

        services.Configure<GraphCachingOptions>(section);
        services.TryAddSingleton<GraphCacheMetrics>();
        services.AddSingleton<GraphChangeFeed>();
        services.AddSingleton<IGraphChangeFeed>(sp => sp.GetRequiredService<GraphChangeFeed>());
        services.AddSingleton(sp => new UndecoratedGraphStore(Create<IGraphStore>(sp, storeDescriptor)));
        services.AddHybridCache().AddSerializerFactory<GraphCacheSerializerFactory>();

        var redisConnectionString = configuration.GetConnectionString(RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(redisConnectionString))
        {
            services.AddSingleton<IGraphVersionTracker>(sp => new LocalGraphVersionTracker(
                sp.GetRequiredService<UndecoratedGraphStore>().Store, sp.GetRequiredService<GraphCacheMetrics>(),
                sp.GetRequiredService<GraphChangeFeed>(),
                options.ExternalWriteCheckInterval,
                sp.GetService<TimeProvider>() ?? TimeProvider.System));
        }
        else
        {
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
                options.KeyPrefix,
                options.SubscriptionProbeTimeout,
                sp.GetService<IGraphBookmarks>()));
            services.AddSingleton<IGraphVersionTracker>(sp => sp.GetRequiredService<RedisGraphVersionTracker>());
            services.AddHostedService<GraphCacheSynchronizer>();
        }

        services.AddSingleton<CachedReader>();
        services.Replace(ServiceDescriptor.Singleton<IGraphStore>(sp => new CachingGraphStore(
            sp.GetRequiredService<UndecoratedGraphStore>().Store,
            sp.GetRequiredService<CachedReader>(),
            sp.GetRequiredService<ILogger<CachingGraphStore>>())));
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
