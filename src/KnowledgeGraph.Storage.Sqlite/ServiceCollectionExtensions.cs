using KnowledgeGraph.Configuration;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Storage.Sqlite;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite store: options from <c>Storage:Sqlite</c> (<c>Path</c>, default <c>data/knowledgegraph.db</c>),
    /// the shared <see cref="SqliteConnectionFactory"/>, and <see cref="SqliteGraphStore"/> as itself, as <see cref="IGraphStore"/>
    /// and as <see cref="IChangeHistory"/>.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<SqliteStoreOptions>(SqliteStoreOptions.SectionName, configuration);
        services.TryAddSingleton<SqliteConnectionFactory>();

        services.TryAddSingleton<SqliteGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IChangeHistory>(sp => sp.GetRequiredService<SqliteGraphStore>());

        services.AddSqliteGraphTraversal(configuration);

        // The traversal binds its own section; building it on start makes a bad Adjacency stop the start naming the key.
        services.AddOptions<SqliteTraversalOptions>().ValidateOnStart();
        return services;
    }
}
