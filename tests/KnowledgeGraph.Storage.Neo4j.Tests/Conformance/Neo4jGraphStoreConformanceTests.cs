using KnowledgeGraph.Conformance;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Conformance;

/// <summary>
/// The shared store specification run against a real Neo4j (NEO4J_URI…), the database emptied before each test.
/// Without NEO4J_URI every test is reported skipped, by name, with the reason.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreConformanceTests : GraphStoreConformanceTests
{
    protected override async Task<IGraphStore> CreateStoreAsync() => (await Neo4jTestDatabase.CreateEmptyAsync()).Store;
}
