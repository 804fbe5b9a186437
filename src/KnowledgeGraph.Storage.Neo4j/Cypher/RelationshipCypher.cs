using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The statements that read relationships.</summary>
public static class RelationshipCypher
{
    /// <summary>
    /// The relationship pattern's type expression (<c>:LOCATED_IN|PART_OF</c>) built from registry names only;
    /// empty when every type is wanted, null when none of the asked-for types exists (nothing can match).
    /// </summary>
    public static string? TypeExpression(IReadOnlySet<string>? types)
    {
        if (types is null)
        {
            return string.Empty;
        }

        var known = types.Select(RelationshipTypes.Find).OfType<RelationshipTypeDefinition>()
            .Select(d => d.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return known.Count == 0 ? null : ":" + string.Join('|', known);
    }

    /// <summary>
    /// One batched statement for every anchor (<c>UNWIND $anchorKeys</c>); outgoing and incoming relationships are
    /// matched separately so that a self-relationship is reported once, as outgoing. Null when nothing can match.
    /// </summary>
    public static CypherStatement? ForAnchors(IReadOnlyCollection<string> anchorKeys, RelationshipQuery query)
    {
        var types = TypeExpression(query.Types);
        if (types is null || query.NeighbourKinds is { Count: 0 })
        {
            return null;
        }

        var parameters = new CypherParameters();
        parameters.Set("anchorKeys", anchorKeys.Distinct(StringComparer.Ordinal).ToList());
        var conditions = new List<string>();
        if (query.Role is not null)
        {
            conditions.Add($"r.role = {parameters.Set("role", query.Role)}");
        }

        if (query.NeighbourKinds is { } kinds)
        {
            conditions.Add($"b.kind IN {parameters.Set("kinds", kinds.Select(GraphSchema.LabelOf).Order(StringComparer.Ordinal).ToList())}");
        }

        var branches = new List<string>();
        if (query.Direction != RelationshipDirection.Incoming)
        {
            branches.Add($"  MATCH (a)-[r{types}]->(b:Entity)\n  RETURN r, b, 'Outgoing' AS direction");
        }

        if (query.Direction != RelationshipDirection.Outgoing)
        {
            branches.Add($"  MATCH (a)<-[r{types}]-(b:Entity) WHERE b <> a\n  RETURN r, b, 'Incoming' AS direction");
        }

        var where = conditions.Count == 0 ? string.Empty : "\nWHERE " + string.Join(" AND ", conditions);
        var text =
            "UNWIND $anchorKeys AS anchorKey\n" +
            "MATCH (a:Entity {key: anchorKey})\n" +
            "CALL (a) {\n" + string.Join("\n  UNION ALL\n", branches) + "\n}\n" +
            "WITH anchorKey, r, b, direction" + where + "\n" +
            "RETURN anchorKey, r, startNode(r).key AS fromKey, endNode(r).key AS toKey, direction, b AS neighbour\n" +
            "ORDER BY anchorKey, type(r), b.name, r.key";
        return new CypherStatement(text, parameters.Values);
    }

    public static CypherStatement ByKeys(IReadOnlyCollection<string> keys) => new(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IN $keys\nRETURN r, a.key AS fromKey, b.key AS toKey ORDER BY r.key",
        new Dictionary<string, object?> { ["keys"] = keys.Distinct(StringComparer.Ordinal).ToList() });

    public static CypherStatement ReadAllBatch(string? afterKey, int batchSize) => new(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE $after IS NULL OR r.key > $after\nRETURN r, a.key AS fromKey, b.key AS toKey ORDER BY r.key LIMIT $limit",
        new Dictionary<string, object?> { ["after"] = afterKey, ["limit"] = (long)batchSize });
}
