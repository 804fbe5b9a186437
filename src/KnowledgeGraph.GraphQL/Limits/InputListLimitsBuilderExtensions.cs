using GraphQL;
using GraphQL.DI;

namespace KnowledgeGraph.GraphQL.Limits;

public static class InputListLimitsBuilderExtensions
{
    /// <summary>Runs <see cref="InputListLimitRule"/> for every execution through the DI-built executer, cached documents included.</summary>
    public static IGraphQLBuilder AddInputListLimits(this IGraphQLBuilder builder) =>
        builder.AddValidationRule<InputListLimitRule>(useForCachedDocuments: true);
}
