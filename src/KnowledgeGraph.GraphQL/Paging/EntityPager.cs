using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// Runs a Relay page request against the store as one keyset query: the cursors' positions bound the window, and
/// <c>first</c> reads its start or <c>last</c> its end. The store's counts keep <c>totalCount</c> and
/// <c>pageInfo</c> exact.
/// </summary>
public static class EntityPager
{
    public static async Task<Connection<EntityEdge>> PageAsync(
        Func<EntityQuery, CancellationToken, Task<EntityPage>> query, EntityQuery baseQuery, PageRequest request, string fingerprint,
        CancellationToken cancellationToken)
    {
        var order = new EntitySortOrder(baseQuery.Order);
        var window = baseQuery with
        {
            After = request.After is { } after ? KeysetCursor.Decode(after, "after", fingerprint, order.Fields.Count) : null,
            Before = request.Before is { } before ? KeysetCursor.Decode(before, "before", fingerprint, order.Fields.Count) : null,
            FromEnd = request.First is null,
            Take = request.First ?? request.Last ?? 0,
        };
        var page = await query(window, cancellationToken).ConfigureAwait(false);
        var dropped = request.Dropped(page.Items.Count);
        var items = page.Items.Skip(dropped).Select(entity => (KeysetCursor.Encode(order.PositionOf(entity), fingerprint), entity)).ToList();
        return Connection<EntityEdge>.Of(items, page.Offset + dropped, page.TotalCount, (cursor, entity) => new EntityEdge(cursor, entity));
    }
}
