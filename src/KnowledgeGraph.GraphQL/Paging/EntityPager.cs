using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// Runs a Relay page request against the store as one keyset query: the cursors' positions bound the window, and
/// <c>first</c> reads its start or <c>last</c> its end. The store reads only what the <see cref="ConnectionSelection"/>
/// shows: rows when items or a page flag are selected, a count only for <c>totalCount</c>; the flags stay exact.
/// </summary>
public static class EntityPager
{
    public static async Task<Connection<EntityEdge>> PageAsync(
        Func<EntityQuery, CancellationToken, Task<EntityPage>> query, EntityQuery baseQuery, PageRequest request, string fingerprint,
        ConnectionSelection selection, CancellationToken cancellationToken)
    {
        var order = new EntitySortOrder(baseQuery.Order);
        var fromEnd = request.First is null;

        // The flag behind the cursor needs no rows, except that last drops leading rows of a first page.
        var rowsNeeded = selection.Items
            || (fromEnd ? selection.HasPreviousPage : selection.HasNextPage)
            || (request.First is not null && request.Last is not null && selection.HasPreviousPage);
        var window = baseQuery with
        {
            After = request.After is { } after ? KeysetCursor.Decode(after, "after", fingerprint, order.Fields.Count) : null,
            Before = request.Before is { } before ? KeysetCursor.Decode(before, "before", fingerprint, order.Fields.Count) : null,
            FromEnd = fromEnd,
            Take = rowsNeeded ? request.First ?? request.Last ?? 0 : 0,
            Extras = selection.Extras,
        };
        var page = await query(window, cancellationToken).ConfigureAwait(false);
        var dropped = request.Dropped(page.Items.Count);
        var items = page.Items.Skip(dropped).Select(entity => (KeysetCursor.Encode(order.PositionOf(entity), fingerprint), entity)).ToList();
        return Connection<EntityEdge>.Of(
            items, hasPrevious: dropped > 0 || page.HasPrevious == true, hasNext: page.HasNext == true, page.TotalCount,
            (cursor, entity) => new EntityEdge(cursor, entity));
    }
}
