using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// One page of a query's result and, when the query's <see cref="EntityQuery.Extras"/> asked for them (null otherwise):
/// how many entities match in all, ignoring the window's bounds; whether a match sorts before the page
/// (<see cref="HasPrevious"/>) or after it (<see cref="HasNext"/>), whatever the bounds. An empty page stands where its
/// items would: just after <see cref="EntityQuery.After"/>, or just before <see cref="EntityQuery.Before"/> when read
/// from the end.
/// </summary>
public sealed record EntityPage(IReadOnlyList<Entity> Items, int? TotalCount = null, bool? HasPrevious = null, bool? HasNext = null);
