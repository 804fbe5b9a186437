using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The idempotent schema statements run by <c>InitializeAsync</c>. Names come from constants and the registry.</summary>
public static class SchemaCypher
{
    public static IReadOnlyList<CypherStatement> NodeConstraintsAndIndexes() =>
        [.. GraphSchema.NodeConstraintsAndIndexes.Select(text => new CypherStatement(text))];

    /// <summary>A uniqueness constraint on the key of one relationship type (Neo4j 5.7+, Community included).</summary>
    public static CypherStatement RelationshipKeyConstraint(RelationshipTypeDefinition type) =>
        new($"CREATE CONSTRAINT {ConstraintName(type)} IF NOT EXISTS FOR ()-[r:{type.Name}]-() REQUIRE r.key IS UNIQUE");

    /// <summary>
    /// The fallback where the constraint cannot be created: a property index on the key, under a name of its own so
    /// that it never takes the constraint's (on which <c>CREATE CONSTRAINT … IF NOT EXISTS</c> would do nothing).
    /// </summary>
    public static CypherStatement RelationshipKeyIndex(RelationshipTypeDefinition type) =>
        new($"CREATE INDEX {KeyIndexName(type)} IF NOT EXISTS FOR ()-[r:{type.Name}]-() ON (r.key)");

    /// <summary>
    /// The indexes under the names this store gives relationship key constraints and their fallback indexes, each
    /// with whether a constraint owns it.
    /// </summary>
    public static CypherStatement RelationshipKeyIndexes() => new(
        "SHOW INDEXES YIELD name, owningConstraint\nWHERE name IN $names\nRETURN name, owningConstraint IS NOT NULL AS constrained",
        new Dictionary<string, object?>
        {
            ["names"] = RelationshipTypes.All.SelectMany(t => new[] { ConstraintName(t), KeyIndexName(t) }).ToList(),
        });

    /// <summary>Drops a key index of <paramref name="type"/> that no constraint owns, under either of the store's names for it.</summary>
    public static CypherStatement DropRelationshipKeyIndex(RelationshipTypeDefinition type, bool underConstraintName) =>
        new($"DROP INDEX {(underConstraintName ? ConstraintName(type) : KeyIndexName(type))} IF EXISTS");

    public static string ConstraintName(RelationshipTypeDefinition type) => "relationship_key_" + type.Name.ToLowerInvariant();

    public static string KeyIndexName(RelationshipTypeDefinition type) => "relationship_key_index_" + type.Name.ToLowerInvariant();

    public static CypherStatement AwaitIndexes(int seconds) => new(
        "CALL db.awaitIndexes($seconds)", new Dictionary<string, object?> { ["seconds"] = (long)seconds });

    public static CypherStatement EnsureGraphMeta() => new(
        "MERGE (m:GraphMeta {id: $id}) ON CREATE SET m.version = 0",
        new Dictionary<string, object?> { ["id"] = GraphSchema.MetaId });

}
