using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements that keep entities' collation keys (<see cref="EntityProperties.SortKeys"/>) spelled as this build
/// spells them: the key encoding the graph's keys were written in (<see cref="GraphSchema.SortKeyEncoding"/>), every
/// entity a batch at a time in key order when it differs, a batch of entities lacking the name's key when it does not,
/// the keys set on them, and the encoding recorded once every key is respelled.
/// </summary>
public static class SortKeyCypher
{
    public static CypherStatement StoredKeyEncoding() => new(
        $"MATCH (m:GraphMeta {{id: $id}})\nRETURN m.{GraphSchema.SortKeyEncoding} AS encoding",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId });

    /// <summary>The next <paramref name="limit"/> entities after the key <paramref name="afterKey"/> (empty for the first), in key order, which the key constraint's index gives.</summary>
    public static CypherStatement EntitiesAfter(string afterKey, int limit) => new(
        "MATCH (n:Entity) WHERE n.key > $after\nRETURN n ORDER BY n.key LIMIT $limit",
        new Dictionary<string, object?> { ["after"] = afterKey, ["limit"] = (long)limit });

    public static CypherStatement EntitiesWithoutSortKeys(int limit) => new(
        $"MATCH (n:Entity) WHERE n.{GraphSchema.SortKeyOf(GraphSchema.Name)} IS NULL\nRETURN n LIMIT $limit",
        new Dictionary<string, object?> { ["limit"] = (long)limit });

    /// <summary>Each row is <c>{key, sortKeys}</c>, the latter a map of <see cref="GraphSchema.SortKeyOf"/> properties.</summary>
    public static CypherStatement SetSortKeys(IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        "UNWIND $rows AS row\nMATCH (n:Entity {key: row.key})\nSET n += row.sortKeys",
        new Dictionary<string, object?> { ["rows"] = rows.ToList() });

    /// <summary>Records that every entity's keys are now spelled in <see cref="Collation.KeyEncoding"/>.</summary>
    public static CypherStatement RecordKeyEncoding() => new(
        $"MATCH (m:GraphMeta {{id: $id}})\nSET m.{GraphSchema.SortKeyEncoding} = $encoding",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId, ["encoding"] = (long)Collation.KeyEncoding });
}
