namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// Where the tests that need a real Neo4j find it: <c>NEO4J_URI</c> (the HTTP address, e.g. http://localhost:7474),
/// <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> (default neo4j).
/// </summary>
public static class Neo4jTestSettings
{
    public const string SkipReason = "NEO4J_URI is not set: these tests need a running Neo4j 5.26+ (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).";

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static Neo4jOptions Options() => new()
    {
        Uri = Environment.GetEnvironmentVariable("NEO4J_URI"),
        Username = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : null,
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 } password ? password : null,
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
    };
}
