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
        int? total = query.Extras.HasFlag(PageExtras.TotalCount) ? pages.Sum(p => p.TotalCount ?? 0) : null;

        // A kind's rows the merged page leaves out lie past its far end; each kind answers for what lies beyond its own rows.
        var cut = merged.Count > query.Take;
        bool? Any(Func<EntityPage, bool?> flag, bool alsoCut) =>
            pages.All(p => flag(p) is null) ? null : alsoCut || pages.Any(p => flag(p) == true);
        if (!query.FromEnd)
        {
            return new EntityPage(merged.Take(query.Take).ToList(), total, Any(p => p.HasPrevious, false), Any(p => p.HasNext, cut));
        }

        return new EntityPage(merged.Skip(Math.Max(0, merged.Count - query.Take)).ToList(), total, Any(p => p.HasPrevious, cut), Any(p => p.HasNext, false));
    }
}
