using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Search as every client gets it: the store's hits over a window wider than asked for, re-ranked by
/// <see cref="SearchRanking"/>. When the window comes back full, an exact match might lie beyond it, so the entities
/// named exactly as typed, or keyed by its slug, are looked up too (one filtered read through the port).
/// </summary>
public sealed class EntitySearch(IGraphStore store)
{
    /// <summary>The window is <see cref="WindowFactor"/> times the results asked for, at least <see cref="MinimumWindow"/> and at most <see cref="MaximumWindow"/>.</summary>
    public const int WindowFactor = 4;

    public const int MinimumWindow = 50;

    public const int MaximumWindow = 500;

    /// <summary>At most this many entities come from the exact-name lookup; names are not unique, but rarely shared by more.</summary>
    public const int ExactLookupSize = 20;

    public static int WindowFor(int limit) =>
        Math.Max(limit, Math.Min(MaximumWindow, Math.Max(MinimumWindow, limit * WindowFactor)));

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit <= 0 || query.Kinds is { Count: 0 })
        {
            return [];
        }

        var window = WindowFor(query.Limit);
        var hits = await store.SearchAsync(query with { Limit = window }, cancellationToken).ConfigureAwait(false);
        var named = hits.Count < window ? [] : await FindNamedAsync(query, cancellationToken).ConfigureAwait(false);
        return SearchRanking.Rank(query.Text, hits, named, query.Limit);
    }

    private async Task<IReadOnlyList<Entity>> FindNamedAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        // The port filters names exactly (case and all), so also try the key the name would have been given: that finds
        // "eurasian economic union" as typed in lower case. Aliases cannot be filtered through the port.
        var filters = new List<EntityFilter> { new FieldFilter(EntityFields.Name, FilterOperator.Eq, PropertyValue.FromText(query.Text.Trim())) };
        var slug = KeyDerivation.Slugify(query.Text);
        if (slug.Length > 0)
        {
            filters.Add(new FieldFilter(EntityFields.Key, FilterOperator.Eq, PropertyValue.FromText(slug)));
        }

        var page = await store.QueryEntitiesAsync(
            new EntityQuery
            {
                Kind = query.Kinds is { Count: 1 } ? query.Kinds.Single() : null,
                Filter = new OrFilter(filters),
                Take = ExactLookupSize,
                Extras = PageExtras.None,
            },
            cancellationToken).ConfigureAwait(false);
        return query.Kinds is null ? page.Items : page.Items.Where(e => query.Kinds.Contains(e.Kind)).ToList();
    }
}
