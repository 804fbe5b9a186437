using GraphQL.Types.Relay.DataObjects;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// A page of a connection: its edges, the page info, and how many items the whole result holds — null when the
/// selection did not ask, and so nothing counted.
/// </summary>
public sealed record Connection<TEdge>(IReadOnlyList<TEdge> Edges, PageInfo PageInfo, int? TotalCount)
{
    /// <param name="items">The page's items with their cursors, in order.</param>
    /// <param name="start">How many items of the whole result sort before the page.</param>
    /// <param name="total">How many items the whole result holds.</param>
    public static Connection<TEdge> Of<TItem>(IReadOnlyList<(string Cursor, TItem Item)> items, int start, int total, Func<string, TItem, TEdge> edge) =>
        Of(items, hasPrevious: start > 0, hasNext: start + items.Count < total, total, edge);

    /// <param name="items">The page's items with their cursors, in order.</param>
    /// <param name="hasPrevious">Whether an item of the whole result sorts before the page.</param>
    /// <param name="hasNext">Whether an item of the whole result sorts after the page.</param>
    /// <param name="total">How many items the whole result holds; null when not counted.</param>
    public static Connection<TEdge> Of<TItem>(
        IReadOnlyList<(string Cursor, TItem Item)> items, bool hasPrevious, bool hasNext, int? total, Func<string, TItem, TEdge> edge)
    {
        var pageInfo = new PageInfo
        {
            HasPreviousPage = hasPrevious,
            HasNextPage = hasNext,
            StartCursor = items.Count == 0 ? null : items[0].Cursor,
            EndCursor = items.Count == 0 ? null : items[^1].Cursor,
        };
        return new Connection<TEdge>(items.Select(i => edge(i.Cursor, i.Item)).ToList(), pageInfo, total);
    }
}
