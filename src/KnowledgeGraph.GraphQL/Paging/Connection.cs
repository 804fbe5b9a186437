using GraphQL.Types.Relay.DataObjects;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>A page of a connection: its edges, the page info, and how many items the whole result holds.</summary>
public sealed record Connection<TEdge>(IReadOnlyList<TEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    public static Connection<TEdge> From<TItem>(IReadOnlyList<TItem> items, PageWindow window, Func<string, TItem, TEdge> edge)
    {
        var edges = new List<TEdge>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            edges.Add(edge(OffsetCursor.Encode(window.Start + i), items[i]));
        }

        var pageInfo = new PageInfo
        {
            HasPreviousPage = window.HasPreviousPage,
            HasNextPage = window.HasNextPage,
            StartCursor = items.Count == 0 ? null : OffsetCursor.Encode(window.Start),
            EndCursor = items.Count == 0 ? null : OffsetCursor.Encode(window.Start + items.Count - 1),
        };
        return new Connection<TEdge>(edges, pageInfo, window.Total);
    }

    /// <summary>Pages an in-memory list.</summary>
    public static Connection<TEdge> FromList<TItem>(IReadOnlyList<TItem> all, PageRequest request, Func<string, TItem, TEdge> edge)
    {
        var window = request.Apply(all.Count);
        var items = new List<TItem>(window.Count);
        for (var i = window.Start; i < window.End; i++)
        {
            items.Add(all[i]);
        }

        return From(items, window, edge);
    }
}
