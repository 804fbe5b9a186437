using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// One page of a query's result; how many entities match in all, ignoring the window's bounds; and
/// <see cref="Offset"/>, how many of them sort before the page (with no items: before where they would stand).
/// </summary>
public sealed record EntityPage(IReadOnlyList<Entity> Items, int TotalCount, int Offset = 0);
