using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Sqlite.Mapping;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// An entity query translated to SQL over <c>entities e</c>: <see cref="Count"/> counts every match,
/// <see cref="BoundCount"/> the matches on the far side of the bound the page is read from (after <c>After</c>, or before
/// <c>Before</c> when reading from the end; null without that bound), and <see cref="Page"/> reads the window's first or
/// last <c>$take</c> entities, in the reverse order when reading from the end.
/// </summary>
public sealed record EntityQuerySql(string Count, string? BoundCount, string Page, SqlParameters Parameters)
{
    public const string TakeParameter = "$take";

    public static EntityQuerySql Of(EntityQuery query, string where, IReadOnlyList<SortTerm> terms, SqlParameters parameters)
    {
        var after = query.After is { } a ? KeysetSql.Seek(terms, "e.key", a, after: true, parameters.Add) : null;
        var before = query.Before is { } b ? KeysetSql.Seek(terms, "e.key", b, after: false, parameters.Add) : null;
        var window = string.Concat(new[] { after, before }.OfType<string>().Select(seek => " AND " + seek));
        var bound = query.FromEnd ? before : after;
        return new EntityQuerySql(
            $"SELECT COUNT(*) FROM entities e WHERE {where}",
            bound is null ? null : $"SELECT COUNT(*) FROM entities e WHERE {where} AND {bound}",
            $"SELECT {EntityRows.Columns("e")} FROM entities e WHERE {where}{window} " +
            $"ORDER BY {KeysetSql.OrderBy(terms, "e.key", reversed: query.FromEnd)} LIMIT {TakeParameter}",
            parameters);
    }
}
