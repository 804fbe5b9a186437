using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// The order search results come in, whatever the store: an exact name or alias match first, then names or aliases that
/// start with the text, then names or aliases that hold it at a word start, then the rest; within each, the store's
/// relevance. Stores score words found anywhere (bm25, Lucene), which lets a long description outrank the entity that is
/// called what was typed; this puts what a person means first. See <see cref="SearchText"/> for how text is compared.
/// </summary>
public static class SearchRanking
{
    public static SearchMatch Classify(string normalizedText, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (normalizedText.Length == 0)
        {
            return SearchMatch.Other;
        }

        var best = SearchMatch.Other;
        foreach (var label in entity.Aliases.Prepend(entity.Name))
        {
            var match = Classify(normalizedText, SearchComparison.Normalize(label));
            if (match > best)
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>
    /// The score a hit is reported with: its <see cref="SearchMatch"/> as a whole number plus the store's relevance
    /// squeezed into [0, 1), so that a higher score is still the better match and scores sort like the ranking.
    /// </summary>
    public static double Score(SearchMatch match, double storeScore) =>
        (int)match + (storeScore > 0 && double.IsFinite(storeScore) ? storeScore / (1 + storeScore) : 0);

    /// <summary>
    /// Ranks the store's hits (in the store's order) together with <paramref name="exactCandidates"/> — entities found by
    /// name or key that the store's window may have missed; of those only exact matches not already among the hits are
    /// added — and keeps the best <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<SearchHit> Rank(string text, IReadOnlyList<SearchHit> storeHits, IEnumerable<Entity> exactCandidates, int limit)
    {
        ArgumentNullException.ThrowIfNull(storeHits);
        ArgumentNullException.ThrowIfNull(exactCandidates);
        if (limit <= 0)
        {
            return [];
        }

        var normalized = SearchComparison.Normalize(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ranked = new List<(SearchHit Hit, SearchMatch Match, int Order)>();
        foreach (var hit in storeHits)
        {
            if (seen.Add(hit.Entity.Key))
            {
                ranked.Add((hit, Classify(normalized, hit.Entity), ranked.Count));
            }
        }

        foreach (var entity in exactCandidates)
        {
            if (Classify(normalized, entity) == SearchMatch.Exact && seen.Add(entity.Key))
            {
                ranked.Add((new SearchHit(entity, 0), SearchMatch.Exact, ranked.Count));
            }
        }

        return ranked
            .OrderByDescending(r => r.Match)
            .ThenByDescending(r => r.Hit.Score)
            .ThenBy(r => r.Order)
            .Take(limit)
            .Select(r => r.Hit with { Score = Score(r.Match, r.Hit.Score) })
            .ToList();
    }

    private static SearchMatch Classify(string text, string label)
    {
        if (label.Length < text.Length)
        {
            return SearchMatch.Other;
        }

        if (label.Length == text.Length)
        {
            return string.Equals(label, text, StringComparison.Ordinal) ? SearchMatch.Exact : SearchMatch.Other;
        }

        if (label.StartsWith(text, StringComparison.Ordinal))
        {
            return SearchMatch.Prefix;
        }

        for (var at = label.IndexOf(text, 1, StringComparison.Ordinal); at > 0; at = at + 1 < label.Length ? label.IndexOf(text, at + 1, StringComparison.Ordinal) : -1)
        {
            if (!char.IsLetterOrDigit(label[at - 1]))
            {
                return SearchMatch.Contains;
            }
        }

        return SearchMatch.Other;
    }
}
