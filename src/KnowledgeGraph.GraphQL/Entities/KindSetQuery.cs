using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// Runs an <see cref="EntityQuery"/> over a set of kinds. The store's query takes one kind or all, so none, all or one
/// kind go to the store as they are; for several kinds each kind is read up to the end of the requested page and the
/// results are merged in the query's order (name, then key, when none is given; missing values last; ties by key).
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
            pages.Add(await store.QueryEntitiesAsync(query with { Kind = kind, Skip = 0, Take = query.Skip + query.Take }, cancellationToken)
                .ConfigureAwait(false));
        }

        var order = query.Order.Count > 0 ? query.Order : [new SortField(EntityFields.Name), new SortField(EntityFields.Key)];
        var merged = pages.SelectMany(p => p.Items).Order(new EntityOrderComparer(order)).Skip(query.Skip).Take(query.Take).ToList();
        return new EntityPage(merged, pages.Sum(p => p.TotalCount));
    }
}
