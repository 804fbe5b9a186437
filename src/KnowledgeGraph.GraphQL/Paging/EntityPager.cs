using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>Runs a Relay page request against the store as an offset query (Skip/Take) with its total count.</summary>
public static class EntityPager
{
    public static async Task<Connection<EntityEdge>> PageAsync(
        Func<EntityQuery, CancellationToken, Task<EntityPage>> query, EntityQuery baseQuery, PageRequest request, CancellationToken cancellationToken)
    {
        var guess = request.Guess();
        var page = await ReadAsync(query, baseQuery, guess, cancellationToken).ConfigureAwait(false);
        var window = request.Apply(page.TotalCount);
        IReadOnlyList<Entity> items;
        if (window.Start == guess.Start)
        {
            items = page.Items.Take(window.Count).ToList();
        }
        else
        {
            // `last` without `before`: only now is the end known; read the trailing items.
            page = await ReadAsync(query, baseQuery, window, cancellationToken).ConfigureAwait(false);
            window = request.Apply(page.TotalCount);
            items = page.Items.Take(window.Count).ToList();
        }

        return Connection<EntityEdge>.From(items, window with { End = window.Start + items.Count }, (cursor, entity) => new EntityEdge(cursor, entity));
    }

    private static Task<EntityPage> ReadAsync(
        Func<EntityQuery, CancellationToken, Task<EntityPage>> query, EntityQuery baseQuery, PageWindow window, CancellationToken cancellationToken) =>
        // An empty window still needs the total count; read one item and drop it rather than rely on Take = 0.
        query(baseQuery with { Skip = window.Start, Take = Math.Max(window.Count, 1) }, cancellationToken);
}
