namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>
/// How many items the cost estimate assumes a list field returns when the request does not say: a connection's
/// configured page size when <c>first</c>/<c>last</c> is left out, the traversal's node cap when <c>limit</c> is, and a
/// fixed guess for lists that take no size at all (sources, aliases, path hops).
/// </summary>
public sealed record ListSizeEstimates(int DefaultPageSize, int DefaultTraversalLimit, int AssumedListSize);
