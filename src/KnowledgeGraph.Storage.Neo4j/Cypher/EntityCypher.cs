using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The statements that read entities.</summary>
public static class EntityCypher
{
    public static CypherStatement GetByKeys(IReadOnlyCollection<string> keys) => new(
        "MATCH (n:Entity) WHERE n.key IN $keys\nRETURN n",
        new Dictionary<string, object?> { ["keys"] = keys.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>
    /// One statement answering the page and only the extras it asks for (<see cref="PageWindow"/>): every match
    /// (<c>total</c>, when counted), the window's first or last <c>$take</c> rows (<c>items</c>, one more than the page
    /// when the far-side flag is asked; in reverse order when reading from the end), and the probes (<c>ahead</c>, only
    /// when that extra row is missing, and <c>behind</c>), each an <c>EXISTS</c> that stops at its first match; sorted by
    /// <see cref="KeysetSql"/>'s order and sought with its conditions. Null when the query asks for nothing to be read.
    /// </summary>
    public static CypherStatement? Query(EntityQuery query)
    {
        if (query.Take < 0)
        {
            throw new ValidationException("take", ValidationCodes.OutOfRange, "take must not be negative.");
        }

        var parameters = new CypherParameters();
        var match = $"MATCH (n:Entity{(query.Kind is { } kind ? ":" + GraphSchema.LabelOf(kind) : string.Empty)})";
        var where = FilterTranslator.Translate(query.Filter, query.Kind, "n", parameters);
        var terms = SortResolver.Terms(query, "n", parameters);
        var window = PageWindow.Of(query, terms, "n.key", parameters.Add);
        var counted = window.Counted;
        if (window.ReadsNothing)
        {
            return null;
        }

        var text = new StringBuilder();
        if (counted)
        {
            text.Append($"CALL () {{ {match} WHERE {where} RETURN count(n) AS total }}\n");
        }

        var take = window.Limit > 0 ? parameters.Set("take", (long)window.Limit) : null;
        if (window.Limit > 0)
        {
            text.Append($"CALL () {{ {match} WHERE {where}{window.Seek}\nWITH n ORDER BY {KeysetSql.OrderBy(terms, "n.key", reversed: query.FromEnd)} LIMIT {take}\nRETURN collect(n) AS items }}\n");
        }

        var items = window.Limit > 0 ? "items" : "[]";
        var ahead = window.AheadProbe is { } aheadProbe
            ? $"CASE WHEN size({items}) < {take} THEN EXISTS {{ {match} WHERE {where} AND {aheadProbe} }} END"
            : "null";
        var behind = window.BehindProbe is { } behindProbe ? $"EXISTS {{ {match} WHERE {where} AND {behindProbe} }}" : "null";
        text.Append($"RETURN {(counted ? "total" : "null")} AS total, {items} AS items, {ahead} AS ahead, {behind} AS behind");
        return new CypherStatement(text.ToString(), parameters.Values);
    }

    public static CypherStatement ReadAllBatch(string? afterKey, int batchSize) => new(
        "MATCH (n:Entity) WHERE $after IS NULL OR n.key > $after\nRETURN n ORDER BY n.key LIMIT $limit",
        new Dictionary<string, object?> { ["after"] = afterKey, ["limit"] = (long)batchSize });
}
