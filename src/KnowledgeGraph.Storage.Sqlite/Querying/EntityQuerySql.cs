using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Sqlite.Mapping;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// An entity query translated to SQL over <c>entities e</c>: <see cref="Page"/> reads the window's first or last
/// <c>$take</c> rows (<see cref="PageWindow.Limit"/>: one more when a far-side flag is asked), in the reverse order when
/// reading from the end; <see cref="Summary"/> answers, in one statement, only the extras still unanswered — the count of
/// every match (<see cref="Count"/>) and the window's probes, each an <c>EXISTS</c> that stops at its first row.
/// </summary>
public sealed record EntityQuerySql(string Where, string Page, PageWindow Window, SqlParameters Parameters)
{
    public const string TakeParameter = "$take";

    public string Count => $"SELECT COUNT(*) FROM entities e WHERE {Where}";

    public static EntityQuerySql Of(EntityQuery query, string where, IReadOnlyList<SortTerm> terms, SqlParameters parameters)
    {
        var window = PageWindow.Of(query, terms, "e.key", parameters.Add);
        return new EntityQuerySql(
            where,
            $"SELECT {EntityRows.Columns("e")} FROM entities e WHERE {where}{window.Seek} " +
            $"ORDER BY {KeysetSql.OrderBy(terms, "e.key", reversed: query.FromEnd)} LIMIT {TakeParameter}",
            window,
            parameters);
    }

    /// <summary>
    /// One row answering what is asked, in this order: the count, then the ahead probe, then the window's behind probe
    /// when it has one; null when nothing is.
    /// </summary>
    public string? Summary(bool count, bool aheadProbe)
    {
        var columns = new List<string>(3);
        if (count)
        {
            columns.Add($"({Count})");
        }

        if (aheadProbe && Window.AheadProbe is { } ahead)
        {
            columns.Add(Exists(ahead));
        }

        if (Window.BehindProbe is { } behind)
        {
            columns.Add(Exists(behind));
        }

        return columns.Count == 0 ? null : "SELECT " + string.Join(", ", columns);
    }

    private string Exists(string condition) => $"EXISTS (SELECT 1 FROM entities e WHERE {Where} AND {condition})";
}
