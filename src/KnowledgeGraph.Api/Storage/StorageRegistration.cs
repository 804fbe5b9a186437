using KnowledgeGraph.Caching;
using KnowledgeGraph.Configuration;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Storage;

/// <summary>The one storage-provider switch, shared by the service and the commands.</summary>
public static class StorageRegistration
{
    /// <summary>The graph store chosen by <c>Storage:Provider</c>, with the change feed and the graph cache in front of it.</summary>
    public static IServiceCollection AddGraphStorage(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGraphStorage(configuration, StorageSettings.ProviderFrom(configuration));

    /// <summary>The graph store of <paramref name="provider"/>, configured from <paramref name="configuration"/>, behind the change feed and the cache.</summary>
    public static IServiceCollection AddGraphStorage(this IServiceCollection services, IConfiguration configuration, StorageProvider provider)
    {
        services.AddSettings<StorageSettings>(StorageSettings.Section, configuration);
        _ = provider switch
        {
            StorageProvider.Sqlite => services.AddSqliteGraphStore(configuration),
            StorageProvider.Neo4j => services.AddNeo4jGraphStore(configuration),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, $"Not a storage provider; use one of {string.Join(", ", StorageProviders.Names)}."),
        };
        services.AddGraphCaching(configuration);
        return services;
    }
}
