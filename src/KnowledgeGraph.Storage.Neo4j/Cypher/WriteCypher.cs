using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of <c>ApplyAsync</c>, all run in one explicit transaction, each a batch over <c>UNWIND</c>.
/// Labels and relationship types are written per kind and per registry type, never taken from input.
/// </summary>
public static class WriteCypher
{
    private static readonly string AllKindLabels = string.Join(':', Enum.GetValues<EntityKind>().Select(GraphSchema.LabelOf));

    /// <summary>
    /// Takes the write lock on the graph-version node so concurrent change sets apply one after another; returns the
    /// version and the last change-history sequence number, which cannot move while the lock is held.
    /// </summary>
    public static CypherStatement LockGraph() => new(
        "MERGE (m:GraphMeta {id: $id}) ON CREATE SET m.version = 0\nSET m.version = m.version\n" +
        "RETURN m.version AS version, coalesce(m.changeSequence, 0) AS lastSequence",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId });

    /// <summary>
    /// Whether the write attempt <paramref name="writeId"/>, which recorded its changes from
    /// <paramref name="firstSequence"/> on, is committed. It takes the graph-version lock first, so it waits for a
    /// commit still under way; the sequence number is unique, and an attempt that did not land leaves it to the next.
    /// </summary>
    public static CypherStatement CommitLanded(long firstSequence, string writeId) => new(
        "MATCH (m:GraphMeta {id: $id})\nSET m.version = m.version\nWITH m\n" +
        $"OPTIONAL MATCH (c:{GraphSchema.ChangeLabel} {{sequence: $sequence}})\nRETURN coalesce(c.{GraphSchema.WriteId} = $writeId, false) AS landed",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId, ["sequence"] = firstSequence, ["writeId"] = writeId });

    /// <summary>The stored state of everything a change set touches, read inside its transaction.</summary>
    public static CypherStatement ReadState(
        IReadOnlyCollection<string> sourceKeys, IReadOnlyCollection<string> entityKeys, IReadOnlyCollection<string> relationshipKeys) => new(
        "CALL () { MATCH (s:Source) WHERE s.key IN $sourceKeys RETURN collect(s) AS sources }\n" +
        "CALL () { MATCH (n:Entity) WHERE n.key IN $entityKeys RETURN collect(n) AS entities }\n" +
        "CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE r.key IN $relationshipKeys RETURN collect({relationship: r, fromKey: a.key, toKey: b.key}) AS relationships }\n" +
        "RETURN sources, entities, relationships",
        new Dictionary<string, object?>
        {
            ["sourceKeys"] = sourceKeys.ToList(),
            ["entityKeys"] = entityKeys.ToList(),
            ["relationshipKeys"] = relationshipKeys.ToList(),
        });

    public static CypherStatement UpsertSources(IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        "UNWIND $rows AS row\nMERGE (s:Source {key: row.key})\nSET s = row",
        new Dictionary<string, object?> { ["rows"] = rows.ToList() });

    /// <summary>Writes entities of one kind: properties replaced, the kind's label set and every other kind's removed.</summary>
    public static CypherStatement UpsertEntities(EntityKind kind, IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        $"UNWIND $rows AS row\nMERGE (n:Entity {{key: row.key}})\nSET n = row\nREMOVE n:{AllKindLabels}\nSET n:{GraphSchema.LabelOf(kind)}",
        new Dictionary<string, object?> { ["rows"] = rows.ToList() });

    public static CypherStatement CreateRelationships(RelationshipTypeDefinition type, IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        $"UNWIND $rows AS row\nMATCH (a:Entity {{key: row.fromKey}})\nMATCH (b:Entity {{key: row.toKey}})\nCREATE (a)-[r:{type.Name}]->(b)\nSET r = row.properties",
        new Dictionary<string, object?> { ["rows"] = rows.ToList() });

    public static CypherStatement UpdateRelationships(RelationshipTypeDefinition type, IEnumerable<IReadOnlyDictionary<string, object?>> rows) => new(
        $"UNWIND $rows AS row\nMATCH (:Entity)-[r:{type.Name} {{key: row.key}}]->(:Entity)\nSET r = row.properties",
        new Dictionary<string, object?> { ["rows"] = rows.ToList() });

    public static CypherStatement DeleteRelationships(RelationshipTypeDefinition type, IEnumerable<string> keys) => new(
        $"UNWIND $keys AS key\nMATCH (:Entity)-[r:{type.Name} {{key: key}}]->(:Entity)\nDELETE r",
        new Dictionary<string, object?> { ["keys"] = keys.ToList() });

    /// <summary>
    /// The relationships that deleting these entities takes with them, read before the delete for the history: once
    /// <c>DETACH DELETE</c> has removed a relationship, Neo4j 5 returns it without its properties (neo4j/neo4j#13714).
    /// A relationship between two of the entities comes back once.
    /// </summary>
    public static CypherStatement RelationshipsOfEntities(IEnumerable<string> keys) => new(
        "MATCH (n:Entity) WHERE n.key IN $keys\nMATCH (n)-[r]-(:Entity)\nWITH DISTINCT r\n" +
        "RETURN r, startNode(r).key AS fromKey, endNode(r).key AS toKey ORDER BY r.key",
        new Dictionary<string, object?> { ["keys"] = keys.ToList() });

    /// <summary>Deletes entities with their relationships, returning nothing (see <see cref="RelationshipsOfEntities"/>).</summary>
    public static CypherStatement DeleteEntities(IEnumerable<string> keys) => new(
        "MATCH (n:Entity) WHERE n.key IN $keys\nDETACH DELETE n",
        new Dictionary<string, object?> { ["keys"] = keys.ToList() });

    /// <summary>For each source about to be deleted, how many entities and relationships still cite it.</summary>
    public static CypherStatement SourceUses(IEnumerable<string> keys) => new(
        "UNWIND $keys AS key\n" +
        "CALL (key) { MATCH (n:Entity) WHERE key IN n.sourceKeys RETURN count(n) AS entityUses }\n" +
        "CALL (key) { MATCH (:Entity)-[r]->(:Entity) WHERE key IN r.sourceKeys RETURN count(r) AS relationshipUses }\n" +
        "RETURN key, entityUses, relationshipUses",
        new Dictionary<string, object?> { ["keys"] = keys.ToList() });

    public static CypherStatement DeleteSources(IEnumerable<string> keys) => new(
        "UNWIND $keys AS key\nMATCH (s:Source {key: key})\nDELETE s",
        new Dictionary<string, object?> { ["keys"] = keys.ToList() });

    /// <summary>An idle statement that keeps an open transaction from expiring while its client prepares the next one.</summary>
    public static CypherStatement KeepAlive() => new("RETURN 1 AS alive");

    /// <summary>
    /// Raises the graph version and reserves <paramref name="changeCount"/> change-history sequence numbers, returning the
    /// last number used before them.
    /// </summary>
    public static CypherStatement BumpGraphVersion(int changeCount) => new(
        "MATCH (m:GraphMeta {id: $id})\nSET m.version = m.version + 1, m.changeSequence = coalesce(m.changeSequence, 0) + $changeCount\n" +
        "RETURN m.version AS version, m.changeSequence - $changeCount AS lastSequence",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId, ["changeCount"] = (long)changeCount });
}
