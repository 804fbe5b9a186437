using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// Pages a list held in memory (a parent's relationships) with the same keyset cursors as the stores' connections:
/// the list is put in <paramref name="order"/>, and a cursor's position, not an offset, bounds the page, so items
/// added or removed between requests shift nothing.
/// </summary>
public static class ListPager
{
    public static Connection<TEdge> Page<TItem, TEdge>(
        IEnumerable<TItem> all, Func<TItem, SortPosition> positionOf, IComparer<SortPosition> order, int valueCount,
        PageRequest request, string fingerprint, Func<string, TItem, TEdge> edge)
    {
        var after = request.After is { } a ? KeysetCursor.Decode(a, "after", fingerprint, valueCount) : null;
        var before = request.Before is { } b ? KeysetCursor.Decode(b, "before", fingerprint, valueCount) : null;
        var sorted = all.Select(item => (Position: positionOf(item), Item: item)).OrderBy(p => p.Position, order).ToList();

        var start = after is null ? 0 : CountUpTo(sorted, after, order, inclusive: true);
        var end = Math.Max(start, before is null ? sorted.Count : CountUpTo(sorted, before, order, inclusive: false));
        if (request.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (request.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        var items = sorted.GetRange(start, end - start).Select(p => (KeysetCursor.Encode(p.Position, fingerprint), p.Item)).ToList();
        return Connection<TEdge>.Of(items, start, sorted.Count, edge);
    }

    /// <summary>How many items sort before <paramref name="position"/> (or at it, when <paramref name="inclusive"/>).</summary>
    private static int CountUpTo<TItem>(List<(SortPosition Position, TItem Item)> sorted, SortPosition position, IComparer<SortPosition> order, bool inclusive)
    {
        var count = 0;
        while (count < sorted.Count && order.Compare(sorted[count].Position, position) is var c && (c < 0 || (inclusive && c == 0)))
        {
            count++;
        }

        return count;
    }
}
