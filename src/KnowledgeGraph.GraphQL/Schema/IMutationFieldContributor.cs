using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Schema;

/// <summary>
/// Adds fields to the root <c>Mutation</c> type. Every feature that changes the graph registers one in DI; the root
/// mutation applies them all, in registration order, as the root query does with <see cref="IQueryFieldContributor"/>.
/// </summary>
public interface IMutationFieldContributor
{
    void AddFields(ObjectGraphType mutation);
}
