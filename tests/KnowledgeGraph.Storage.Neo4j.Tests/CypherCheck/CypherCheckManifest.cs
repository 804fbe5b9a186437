namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>What tests/cypher-check/check.mjs reads: the Cypher version, the schema, the allowed warnings and the statements.</summary>
public sealed record CypherCheckManifest(
    string CypherVersion,
    Neo4jSchemaDescription Schema,
    IReadOnlyList<AllowedWarning> AllowedWarnings,
    IReadOnlyList<CheckedStatement> Statements);
