using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The idempotent schema statements run by <c>InitializeAsync</c>. Names come from constants and the registry.</summary>
public static class SchemaCypher
{
    public static IReadOnlyList<CypherStatement> NodeConstraintsAndIndexes() =>
    [
        new("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE"),
        new("CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE"),
        new("CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE"),
        new($"CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:{GraphSchema.ChangeLabel}) REQUIRE c.sequence IS UNIQUE"),
        new($"CREATE INDEX change_subject IF NOT EXISTS FOR (c:{GraphSchema.ChangeLabel}) ON (c.subjectKey)"),
        new("CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)"),
        new("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)"),
        new($"CREATE FULLTEXT INDEX {GraphSchema.FullTextIndex} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]"),
    ];

    /// <summary>A uniqueness constraint on the key of one relationship type (Neo4j 5.7+, Community included).</summary>
    public static CypherStatement RelationshipKeyConstraint(RelationshipTypeDefinition type) =>
        new($"CREATE CONSTRAINT {ConstraintName(type)} IF NOT EXISTS FOR ()-[r:{type.Name}]-() REQUIRE r.key IS UNIQUE");

    /// <summary>The fallback where relationship constraints are unavailable: a property index on the key.</summary>
    public static CypherStatement RelationshipKeyIndex(RelationshipTypeDefinition type) =>
        new($"CREATE INDEX {ConstraintName(type)} IF NOT EXISTS FOR ()-[r:{type.Name}]-() ON (r.key)");

    public static CypherStatement AwaitIndexes(int seconds) => new(
        "CALL db.awaitIndexes($seconds)", new Dictionary<string, object?> { ["seconds"] = (long)seconds });

    public static CypherStatement EnsureGraphMeta() => new(
        "MERGE (m:GraphMeta {id: $id}) ON CREATE SET m.version = 0",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId });

    private static string ConstraintName(RelationshipTypeDefinition type) => "relationship_key_" + type.Name.ToLowerInvariant();
}
