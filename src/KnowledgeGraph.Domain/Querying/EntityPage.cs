using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>One page of a query's result, and how many entities match in all.</summary>
public sealed record EntityPage(IReadOnlyList<Entity> Items, int TotalCount);
