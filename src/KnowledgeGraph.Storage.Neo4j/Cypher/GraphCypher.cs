using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Statements about the graph as a whole: its version and its statistics.</summary>
public static class GraphCypher
{
    public static CypherStatement Version() => new(
        "OPTIONAL MATCH (m:GraphMeta {id: $id})\nRETURN coalesce(m.version, 0) AS version",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId });

    /// <summary>Counts by kind, by relationship type, sources and the version, in one read.</summary>
    public static CypherStatement Statistics() => new(
        "OPTIONAL MATCH (m:GraphMeta {id: $id})\n" +
        "CALL () { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS c RETURN collect([kind, c]) AS kinds }\n" +
        "CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS c RETURN collect([type, c]) AS types }\n" +
        "CALL () { MATCH (s:Source) RETURN count(s) AS sources }\n" +
        "RETURN kinds, types, sources, coalesce(m.version, 0) AS version",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId });

    /// <summary>Removes everything; used by tests to start each from an empty database.</summary>
    public static CypherStatement DeleteEverything() => new("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
}
