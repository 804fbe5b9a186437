using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>What <see cref="GraphWriter"/> did: the store's result, or the user errors that kept anything from being written.</summary>
public sealed record WriteOutcome(GraphChangeResult? Result, IReadOnlyList<UserError>? Errors)
{
    public bool Succeeded => Errors is null;
}
