using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements that give entities written before collation keys existed their keys
/// (<see cref="EntityProperties.SortKeys"/>): a batch of entities lacking the name's key, then the keys set on them.
/// </summary>
public static class SortKeyCypher
{
    public static CypherStatement EntitiesWithoutSortKeys(int limit) => new(
        $"MATCH (n:Entity) WHERE n.{GraphSchema.SortKeyOf(GraphSchema.Name)} IS NULL\nRETURN n LIMIT $limit",
        new Dictionary<string, object?> { ["limit"] = (long)limit });

    /// <summary>Each row is <c>{key, sortKeys}</c>, the latter a map of <see cref="GraphSchema.SortKeyOf"/> properties.</summary>
    public static CypherStatement SetSortKeys(IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        "UNWIND $rows AS row\nMATCH (n:Entity {key: row.key})\nSET n += row.sortKeys",
        new Dictionary<string, object?> { ["rows"] = rows.ToList() });
}
