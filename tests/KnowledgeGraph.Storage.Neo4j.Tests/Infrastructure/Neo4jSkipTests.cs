using KnowledgeGraph.Storage.Neo4j.Tests.Conformance;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

public sealed class Neo4jSkipTests
{
    [Fact]
    public void Conformance_suites_are_marked_as_needing_a_real_neo4j()
    {
        Assert.Single(typeof(Neo4jGraphStoreConformanceTests).GetCustomAttributes(typeof(RequiresNeo4jAttribute), inherit: true));
        Assert.Single(typeof(Neo4jGraphTraversalConformanceTests).GetCustomAttributes(typeof(RequiresNeo4jAttribute), inherit: true));
    }

    [Fact]
    public void Neo4j_settings_follow_the_environment_variables()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");

        Assert.Equal(!string.IsNullOrWhiteSpace(uri), Neo4jTestSettings.IsConfigured);
        Assert.Equal(string.IsNullOrWhiteSpace(uri) ? null : uri, Neo4jTestSettings.Options().Uri);
    }
}
