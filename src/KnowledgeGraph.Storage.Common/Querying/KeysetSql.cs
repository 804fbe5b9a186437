using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Common.Querying;

/// <summary>
/// The ORDER BY list and the keyset seek conditions of an <see cref="EntitySortOrder"/>, in the syntax SQLite's SQL and
/// Cypher share (<c>IS NULL</c>, comparisons, <c>AND</c>/<c>OR</c>, <c>ASC</c>/<c>DESC</c>), so both stores page
/// through exactly the same order: each term with missing values last in either direction, then the key ascending.
/// </summary>
public static class KeysetSql
{
    /// <summary>The ORDER BY list; <paramref name="reversed"/> gives the exact reverse, for reading a window from its end.</summary>
    public static string OrderBy(IReadOnlyList<SortTerm> terms, string keyExpression, bool reversed)
    {
        var parts = new List<string>(terms.Count * 2 + 1);
        foreach (var term in terms)
        {
            var descending = (term.Direction == SortDirection.Desc) != reversed;
            if (term.Nullable)
            {
                parts.Add($"{term.Expression} IS NULL {(reversed ? "DESC" : "ASC")}");
            }

            parts.Add($"{term.Expression} {(descending ? "DESC" : "ASC")}");
        }

        parts.Add($"{keyExpression} {(reversed ? "DESC" : "ASC")}");
        return string.Join(", ", parts);
    }

    /// <summary>
    /// A condition holding for the rows that sort strictly after (<paramref name="after"/>) or strictly before
    /// <paramref name="position"/>: the row-value comparison <c>(v1, …, key) &gt; (@v1, …, @key)</c> written out as an
    /// OR chain, since directions differ per term and a missing value sorts last. When the first term is present and
    /// never missing, a plain range on it leads, so that an index on it is sought rather than scanned. Values travel
    /// through <paramref name="parameter"/>, which returns the name to write. With <paramref name="inclusive"/> the row at
    /// the position itself (its key) holds too.
    /// </summary>
    public static string Seek(
        IReadOnlyList<SortTerm> terms, string keyExpression, SortPosition position, bool after, Func<object, string> parameter, bool inclusive = false)
    {
        if (position.Values.Count != terms.Count)
        {
            throw new ArgumentException($"The position holds {position.Values.Count} values for {terms.Count} sort terms.", nameof(position));
        }

        var branches = new List<string>();
        var equalSoFar = new List<string>();
        var names = position.Values.Select(value => value is { } present ? parameter(present.AsObject()) : null).ToList();
        for (var i = 0; i < terms.Count; i++)
        {
            var (expression, direction) = (terms[i].Expression, terms[i].Direction);
            if (position.Values[i] is null)
            {
                // Missing values sort last: nothing follows them, and every present value precedes them.
                if (!after)
                {
                    branches.Add(All(equalSoFar, $"{expression} IS NOT NULL"));
                }

                equalSoFar.Add($"{expression} IS NULL");
                continue;
            }

            var name = names[i];
            var comparison = (direction == SortDirection.Asc) == after ? ">" : "<";
            branches.Add(All(equalSoFar, after && terms[i].Nullable ? $"({expression} {comparison} {name} OR {expression} IS NULL)" : $"{expression} {comparison} {name}"));
            equalSoFar.Add($"{expression} = {name}");
        }

        branches.Add(All(equalSoFar, $"{keyExpression} {(after ? ">" : "<")}{(inclusive ? "=" : string.Empty)} {parameter(position.Key)}"));
        var chain = "(" + string.Join(" OR ", branches) + ")";
        if (terms.Count == 0 || terms[0].Nullable || names[0] is not { } leading)
        {
            return chain;
        }

        var range = (terms[0].Direction == SortDirection.Asc) == after ? ">=" : "<=";
        return $"({terms[0].Expression} {range} {leading} AND {chain})";
    }

    private static string All(IReadOnlyList<string> equal, string last) =>
        equal.Count == 0 ? last : "(" + string.Join(" AND ", equal.Append(last)) + ")";
}
