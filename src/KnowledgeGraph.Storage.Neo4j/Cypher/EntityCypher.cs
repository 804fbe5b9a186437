using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
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
    /// One statement answering both the page and the total: matching entities are sorted (missing values last,
    /// key as the final tie-break), collected, counted and sliced.
    /// </summary>
    public static CypherStatement Query(EntityQuery query)
    {
        if (query.Skip < 0)
        {
            throw new ValidationException("skip", ValidationCodes.OutOfRange, "skip must not be negative.");
        }

        if (query.Take < 0)
        {
            throw new ValidationException("take", ValidationCodes.OutOfRange, "take must not be negative.");
        }

        var parameters = new CypherParameters();
        var label = query.Kind is { } kind ? ":" + GraphSchema.LabelOf(kind) : string.Empty;
        var where = FilterTranslator.Translate(query.Filter, query.Kind, "n", parameters);
        var order = OrderBy(query, parameters);
        var skip = parameters.Set("skip", (long)query.Skip);
        var end = parameters.Set("end", (long)query.Skip + query.Take);
        var text = $"MATCH (n:Entity{label})\nWHERE {where}\nWITH n ORDER BY {order}\nWITH collect(n) AS matched\nRETURN size(matched) AS total, matched[{skip}..{end}] AS items";
        return new CypherStatement(text, parameters.Values);
    }

    public static CypherStatement ReadAllBatch(string? afterKey, int batchSize) => new(
        "MATCH (n:Entity) WHERE $after IS NULL OR n.key > $after\nRETURN n ORDER BY n.key LIMIT $limit",
        new Dictionary<string, object?> { ["after"] = afterKey, ["limit"] = (long)batchSize });

    private static string OrderBy(EntityQuery query, CypherParameters parameters)
    {
        if (query.Order.Count == 0)
        {
            return "n.name, n.key";
        }

        var terms = new List<string>();
        for (var i = 0; i < query.Order.Count; i++)
        {
            var sort = query.Order[i];
            var (expression, _) = FieldResolver.Resolve(sort.Field, query.Kind, "n", parameters, $"order[{i}]");
            terms.Add($"{expression} IS NULL");
            terms.Add(sort.Direction == SortDirection.Desc ? $"{expression} DESC" : expression);
        }

        terms.Add("n.key");
        return string.Join(", ", terms);
    }
}
