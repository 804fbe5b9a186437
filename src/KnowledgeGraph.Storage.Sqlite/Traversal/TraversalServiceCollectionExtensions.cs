using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

public static class TraversalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteGraphTraversal"/> as itself and as <see cref="IGraphTraversal"/>, with options from
    /// <c>Storage:Sqlite:Traversal</c> (<c>Adjacency</c> = <c>Index</c> (default) or <c>Query</c>,
    /// <c>IncrementalMaxChanges</c>, <c>BuildAtStart</c>), checked when the host starts.
    /// Needs the <see cref="SqliteGraphStore"/> registration.
    /// </summary>
    public static IServiceCollection AddSqliteGraphTraversal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SqliteTraversalOptions>().Bind(configuration.GetSection(SqliteTraversalOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteTraversalOptions>, SqliteTraversalOptionsValidator>());
        services.TryAddSingleton(sp => new SqliteGraphTraversal(
            sp.GetRequiredService<SqliteGraphStore>(), sp.GetRequiredService<IOptions<SqliteTraversalOptions>>(),
            sp.GetService<ILogger<SqliteAdjacencyIndexCache>>()));
        services.AddSingleton<IGraphTraversal>(sp => sp.GetRequiredService<SqliteGraphTraversal>());
        return services;
    }
}
