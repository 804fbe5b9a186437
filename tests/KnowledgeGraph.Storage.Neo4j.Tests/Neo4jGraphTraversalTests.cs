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
    }

    [Fact]
    public async Task Neighbourhood_of_an_unknown_root_is_not_found()
    {
        var server = new FakeNeo4jServer().Respond(Data("""["n"]""", "[]"));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "atlantis" }));

        Assert.Equal("atlantis", error.Key);
    }

    private static string Ends() => Data("""["n"]""", $"[[{EntityNode("a", "Project", "a")}],[{EntityNode("b", "Project", "b")}]]");

    private static string Paths(params string[] paths) => Data("""["p"]""", "[" + string.Join(',', paths.Select(p => $"[{p}]")) + "]");

    [Fact]
    public async Task All_paths_take_the_shorter_paths_of_the_selector_and_read_the_ties_at_the_cut_off_length_again_in_key_order()
    {
        var server = new FakeNeo4jServer()
            .Respond(Ends())
            .Respond(Paths(
                PathValue(["a", "m", "b"], ["r1", "r2"]),
                PathValue(["a", "z", "y", "b"], ["r9", "r8", "r7"]),
                PathValue(["a", "x", "y", "b"], ["r6", "r5", "r7"])))
            .Respond(Paths(
                PathValue(["a", "c", "d", "b"], ["r3", "r4", "r5"]),
                PathValue(["a", "x", "y", "b"], ["r6", "r5", "r7"])));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "a", ToKey = "b", Mode = PathMode.All, MaxLength = 5, First = 3 });

        Assert.Equal([["r1", "r2"], ["r3", "r4", "r5"], ["r6", "r5", "r7"]], paths.Select(p => p.Hops.Select(h => h.Relationship.Key).ToArray()));
        Assert.StartsWith("MATCH SHORTEST 3 (p = ", server.Requests[1].Statement);
        Assert.Contains("-{3}(b:Entity {key: $to})", server.Requests[2].Statement);
        Assert.Equal("2", server.Requests[2].Json.GetProperty("parameters").GetProperty("first").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task All_paths_need_one_statement_when_the_selector_finds_fewer_than_asked_for()
    {
        var server = new FakeNeo4jServer()
            .Respond(Ends())
            .Respond(Paths(PathValue(["a", "m", "b"], ["r1", "r2"]), PathValue(["a", "c", "d", "b"], ["r3", "r4", "r5"])));
        var traversal = new Neo4jGraphTraversal(TestClients.Create(server));

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "a", ToKey = "b", Mode = PathMode.All, MaxLength = 5, First = 3 });

        Assert.Equal([2, 3], paths.Select(p => p.Length));
        Assert.Equal(2, server.Requests.Count);
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
