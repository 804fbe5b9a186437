using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// Runs an <see cref="EntityQuery"/> over a set of kinds. The store's query takes one kind or all, so none, all or one
/// kind go to the store as they are; for several kinds each kind's window is read with the same bounds and the results
/// are merged in the query's <see cref="EntitySortOrder"/>, which every store follows.
/// </summary>
public sealed class KindSetQuery(IGraphStore store, IReadOnlyCollection<EntityKind>? kinds)
{
    public async Task<EntityPage> QueryAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        var distinct = kinds?.Distinct().ToList() ?? [];
        if (distinct.Count == 0 || distinct.Count == Enum.GetValues<EntityKind>().Length)
        {
            return await store.QueryEntitiesAsync(query with { Kind = null }, cancellationToken).ConfigureAwait(false);
        }

        if (distinct.Count == 1)
        {
            return await store.QueryEntitiesAsync(query with { Kind = distinct[0] }, cancellationToken).ConfigureAwait(false);
        }

        var pages = new List<EntityPage>(distinct.Count);
        foreach (var kind in distinct)
        {
            pages.Add(await store.QueryEntitiesAsync(query with { Kind = kind }, cancellationToken).ConfigureAwait(false));
        }

        var order = new EntitySortOrder(query.Order);
        var merged = pages.SelectMany(p => p.Items).OrderBy(order.PositionOf, order).ToList();
        var total = pages.Sum(p => p.TotalCount);
        if (!query.FromEnd)
        {
            // Before the window's start: what each kind holds up to the after bound.
            return new EntityPage(merged.Take(query.Take).ToList(), total, pages.Sum(p => p.Offset));
        }

        // Before the window's end: each kind's items before it, of which the merged page keeps the last ones.
        var kept = merged.Skip(Math.Max(0, merged.Count - query.Take)).ToList();
        return new EntityPage(kept, total, pages.Sum(p => p.Offset + p.Items.Count) - kept.Count);
    }
}
