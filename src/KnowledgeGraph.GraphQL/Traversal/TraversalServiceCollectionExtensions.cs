using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddOptions<TraversalOptions>()
            .Validate(o => o.MaxDepth >= 1, $"{TraversalOptions.SectionName}:{nameof(TraversalOptions.MaxDepth)} must be at least 1.")
            .Validate(o => o.MaxPathLength >= 1, $"{TraversalOptions.SectionName}:{nameof(TraversalOptions.MaxPathLength)} must be at least 1.")
            .Validate(o => o.MaxExpansionPerNode >= 1, $"{TraversalOptions.SectionName}:{nameof(TraversalOptions.MaxExpansionPerNode)} must be at least 1.")
            .Validate(o => o.MaxNodes >= 1, $"{TraversalOptions.SectionName}:{nameof(TraversalOptions.MaxNodes)} must be at least 1.")
            .Validate(o => o.MaxPaths >= 1, $"{TraversalOptions.SectionName}:{nameof(TraversalOptions.MaxPaths)} must be at least 1.")
            .Validate(o => o.MaxConnectEntities >= 2, $"{TraversalOptions.SectionName}:{nameof(TraversalOptions.MaxConnectEntities)} must be at least 2.");
        services.AddSingleton<IConfigureOptions<TraversalOptions>, TraversalOptionsSetup>();
        services.AddSingleton<IQueryFieldContributor, TraversalQueryFields>();
        return services;
    }
}
