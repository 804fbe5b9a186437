using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.TypedValues;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The neighbourhood expansion around what Neo4j answers per level, seen through a scripted Query API.</summary>
public sealed class Neo4jGraphTraversalTests
{
    private const string LevelFields = """["key","r","fromKey","toKey","neighbour"]""";

    private static string Row(string anchor, string key, string type, string from, string to, string neighbour, string kind) =>
        $"[{Str(anchor)},{RelationshipValue(key, type, from, to)},{Str(from)},{Str(to)},{EntityNode(neighbour, kind, neighbour)}]";

    [Fact]
    public async Task Neighbourhood_asks_for_one_more_than_the_cap_and_marks_a_cut_as_truncated()
    {
        var server = new FakeNeo4jServer()
            .Respond(Data("""["n"]""", $"[[{EntityNode("khorgos", "Project", "Khorgos")}]]"))
            .Respond(Data(LevelFields, "[" + string.Join(',',
                Row("khorgos", "r1", RelationshipTypes.LocatedIn, "khorgos", "kz", "kz", "Region"),
                Row("khorgos", "r2", RelationshipTypes.OperatedBy, "khorgos", "ktz", "ktz", "Company")) + "]"));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos", MaxExpansionPerNode = 1 });

        Assert.Equal("2", server.Requests[1].Json.GetProperty("parameters").GetProperty("perNode").GetProperty("_value").GetString());
        Assert.Equal(["khorgos", "kz"], subgraph.Nodes.Select(e => e.Key));
        Assert.Equal(["r1"], subgraph.Relationships.Select(r => r.Key));
        Assert.True(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighbourhood_stops_at_the_entity_limit_and_keeps_the_root()
    {
        var server = new FakeNeo4jServer()
            .Respond(Data("""["n"]""", $"[[{EntityNode("khorgos", "Project", "Khorgos")}]]"))
            .Respond(Data(LevelFields, "[" + string.Join(',',
                Row("khorgos", "r1", RelationshipTypes.LocatedIn, "khorgos", "kz", "kz", "Region"),
                Row("khorgos", "r2", RelationshipTypes.OperatedBy, "khorgos", "ktz", "ktz", "Company")) + "]"));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos", Depth = 3, Limit = 2 });

        Assert.Equal(["khorgos", "kz"], subgraph.Nodes.Select(e => e.Key));
        Assert.Equal(EntityKind.Project, subgraph.Nodes[0].Kind);
        Assert.True(subgraph.Truncated);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Neighbourhood_of_an_unknown_root_is_not_found()
    {
        var server = new FakeNeo4jServer().Respond(Data("""["n"]""", "[]"));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "atlantis" }));

        Assert.Equal("atlantis", error.Key);
    }

    [Fact]
    public async Task Paths_between_an_entity_and_itself_are_the_entity_alone_without_a_path_query()
    {
        var server = new FakeNeo4jServer().Respond(Data("""["n"]""", $"[[{EntityNode("kz", "Region", "Kazakhstan")}]]"));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "kz", ToKey = "kz" });

        Assert.Equal(0, Assert.Single(paths).Length);
        Assert.Single(server.Requests);
    }
}
