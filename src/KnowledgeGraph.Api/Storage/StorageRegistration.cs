using KnowledgeGraph.Api.Configuration;
using KnowledgeGraph.Caching;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Storage;

public static class StorageRegistration
{
    /// <summary>The graph store chosen by <c>Storage:Provider</c>, with the graph cache in front of it.</summary>
    public static IServiceCollection AddGraphStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StorageSettings>(StorageSettings.Section);
        var settings = configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        switch (settings.Provider)
        {
            case StorageProvider.Sqlite:
                services.AddSqliteGraphStore(configuration);
                break;
            case StorageProvider.Neo4j:
                services.AddNeo4jGraphStore(configuration);
                break;
            default:
                throw new InvalidOperationException(
                    $"{StorageSettings.Section}:Provider '{settings.Provider}' is not supported; use {StorageProvider.Sqlite} or {StorageProvider.Neo4j}.");
        }

        services.AddGraphCaching(configuration);
        return services;
    }
}
