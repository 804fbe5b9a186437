using KnowledgeGraph.Configuration;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Traversal;

public static class TraversalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the traversal fields <c>neighborhood</c>, <c>paths</c> and <c>connect</c> to the root query, with their limits
    /// from the <c>Traversal</c> section (see <see cref="TraversalOptions"/>). Needs an <c>IGraphStore</c> and an
    /// <c>IGraphTraversal</c>.
    /// </summary>
    public static IServiceCollection AddTraversalSchema(this IServiceCollection services)
    {
        services.AddSettings<TraversalOptions>(TraversalOptions.SectionName);
        services.AddSingleton<IQueryFieldContributor, TraversalQueryFields>();
        return services;
    }
}
