using KnowledgeGraph.Configuration;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Neo4j store: options from <c>Storage:Neo4j</c> (validated on start, each problem naming its key), a
    /// pooled HTTP client for the Query API, and singletons for <see cref="IGraphStore"/>,
    /// <see cref="IChangeHistory"/>, <see cref="IGraphTraversal"/> and the client's <see cref="IGraphBookmarks"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<Neo4jOptions>(Neo4jOptions.SectionName, configuration);
        services.AddHttpClient(Neo4jQueryClient.HttpClientName, (provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            http.Timeout = options.RequestTimeout + TimeSpan.FromSeconds(5);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Neo4jQueryClient>();
        services.AddSingleton<Neo4jGraphStore>();
        services.AddSingleton<Neo4jGraphTraversal>();
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IChangeHistory>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphTraversal>(provider => provider.GetRequiredService<Neo4jGraphTraversal>());
        services.AddSingleton<IGraphBookmarks, Neo4jGraphBookmarks>();
        return services;
    }
}
