using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

public static class SqliteServices
{
    /// <summary>
    /// <c>AddSqliteGraphStore</c>, with <see cref="SqliteGraphTraversal"/> built through its options constructor
    /// explicitly: the container cannot choose between its two two-parameter constructors on its own.
    /// </summary>
    public static IServiceCollection AddSqliteGraphStoreForTests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSqliteGraphStore(configuration);
        services.Replace(ServiceDescriptor.Singleton(sp => new SqliteGraphTraversal(
            sp.GetRequiredService<SqliteGraphStore>(), sp.GetRequiredService<IOptions<SqliteTraversalOptions>>())));
        return services;
    }
}
