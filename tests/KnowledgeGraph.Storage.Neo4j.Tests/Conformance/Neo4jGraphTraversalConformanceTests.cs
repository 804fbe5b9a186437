using KnowledgeGraph.Conformance.Traversal;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Conformance;

/// <summary>
/// The shared traversal specification run against a real Neo4j (NEO4J_URI…), the database emptied before each test.
/// Without NEO4J_URI every test is reported skipped, by name, with the reason.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphTraversalConformanceTests : GraphTraversalConformanceTests
{
    protected override async Task<TraversalPair> CreateAsync()
    {
        var (store, client) = await Neo4jTestDatabase.CreateEmptyAsync();
        return new TraversalPair(store, new Neo4jGraphTraversal(client));
    }
}
