namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// A start waited out until <c>/readyz</c> answered: seconds from starting the process to ready, then the first request
/// of any kind (<c>{ __typename }</c>, the GraphQL pipeline's own first-request cost) and the first traversal.
/// </summary>
public sealed record ReadyStart(double ReadySeconds, double FirstRequestMs, double FirstTraversalMs);
