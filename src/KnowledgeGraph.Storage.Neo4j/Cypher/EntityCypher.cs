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
    /// One statement answering the page and its counts: every match (<c>total</c>), the matches beyond the bound the
    /// page is read from (<c>bounded</c>: after <c>After</c>, or before <c>Before</c> from the end; null without it), and
    /// the window's first or last <c>$take</c> entities (<c>items</c>, in reverse order when reading from the end),
    /// sorted by <see cref="KeysetSql"/>'s order and sought with its conditions.
    /// </summary>
    public static CypherStatement Query(EntityQuery query)
    {
        if (query.Take < 0)
        {
            throw new ValidationException("take", ValidationCodes.OutOfRange, "take must not be negative.");
        }

        var parameters = new CypherParameters();
        var match = $"MATCH (n:Entity{(query.Kind is { } kind ? ":" + GraphSchema.LabelOf(kind) : string.Empty)})";
        var where = FilterTranslator.Translate(query.Filter, query.Kind, "n", parameters);
        var terms = SortResolver.Terms(query, "n", parameters);
        var after = query.After is { } a ? KeysetSql.Seek(terms, "n.key", a, after: true, parameters.Add) : null;
        var before = query.Before is { } b ? KeysetSql.Seek(terms, "n.key", b, after: false, parameters.Add) : null;
        var window = string.Concat(new[] { after, before }.OfType<string>().Select(seek => " AND " + seek));
        var bound = query.FromEnd ? before : after;
        var take = parameters.Set("take", (long)query.Take);
        var text =
            $"CALL () {{ {match} WHERE {where} RETURN count(n) AS total }}\n" +
            (bound is null ? string.Empty : $"CALL () {{ {match} WHERE {where} AND {bound} RETURN count(n) AS bounded }}\n") +
            $"CALL () {{ {match} WHERE {where}{window}\nWITH n ORDER BY {KeysetSql.OrderBy(terms, "n.key", reversed: query.FromEnd)} LIMIT {take}\nRETURN collect(n) AS items }}\n" +
            $"RETURN total, {(bound is null ? "null" : "bounded")} AS bounded, items";
        return new CypherStatement(text, parameters.Values);
    }

    public static CypherStatement ReadAllBatch(string? afterKey, int batchSize) => new(
        "MATCH (n:Entity) WHERE $after IS NULL OR n.key > $after\nRETURN n ORDER BY n.key LIMIT $limit",
        new Dictionary<string, object?> { ["after"] = afterKey, ["limit"] = (long)batchSize });
}
