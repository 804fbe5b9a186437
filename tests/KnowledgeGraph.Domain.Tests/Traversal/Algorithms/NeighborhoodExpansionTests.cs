using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

public sealed class NeighborhoodExpansionTests
{
    // root -> a -> c, b -> root, a <-> b (cycle root-a-b), c self loop, root -> a twice (parallel)
    private static RecordingAdjacencySource Graph() => new TestGraph()
        .Entities("root", "a", "b", "c")
        .Entities(EntityKind.Person, "p")
        .Link("r-root-a", "root", "a")
        .Link("r-root-a-2", "root", "a", "OTHER")
        .Link("r-b-root", "b", "root")
        .Link("r-a-b", "a", "b")
        .Link("r-a-c", "a", "c")
        .Link("r-c-c", "c", "c")
        .Link("r-p-c", "p", "c")
        .Build();

    [Fact]
    public async Task Expand_returns_direct_neighbours_at_depth_one_without_the_relationships_between_them()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(Graph(), new NeighborhoodSpec { RootKey = "root" });

        Assert.Equal(["root", "a", "b"], result.NodeKeys);
        Assert.Equal(["r-b-root", "r-root-a", "r-root-a-2"], result.RelationshipKeys);
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task Expand_orders_entities_by_distance_then_key()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(Graph(), new NeighborhoodSpec { RootKey = "root", Depth = 2 });

        Assert.Equal(["root", "a", "b", "c"], result.NodeKeys);
        Assert.Equal(["r-a-b", "r-a-c", "r-b-root", "r-root-a", "r-root-a-2"], result.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_includes_a_self_loop_of_an_expanded_entity_once()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(Graph(), new NeighborhoodSpec { RootKey = "c", Depth = 1 });

        Assert.Equal(["c", "a", "p"], result.NodeKeys);
        Assert.Equal(["r-a-c", "r-c-c", "r-p-c"], result.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_follows_only_the_requested_direction()
    {
        var outgoing = await NeighborhoodExpansion.ExpandAsync(
            Graph(), new NeighborhoodSpec { RootKey = "root", Depth = 3, Direction = RelationshipDirection.Outgoing });
        var incoming = await NeighborhoodExpansion.ExpandAsync(
            Graph(), new NeighborhoodSpec { RootKey = "root", Depth = 3, Direction = RelationshipDirection.Incoming });

        Assert.Equal(["root", "a", "b", "c"], outgoing.NodeKeys);
        Assert.Equal(["root", "b", "a"], incoming.NodeKeys);
        Assert.Equal(["r-a-b", "r-b-root", "r-root-a", "r-root-a-2"], incoming.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_follows_only_the_requested_relationship_types()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(
            Graph(), new NeighborhoodSpec { RootKey = "root", Depth = 3, RelationshipTypes = new HashSet<string> { "OTHER" } });

        Assert.Equal(["root", "a"], result.NodeKeys);
        Assert.Equal(["r-root-a-2"], result.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_enters_only_entities_of_the_requested_kinds_but_always_keeps_the_root()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(
            Graph(), new NeighborhoodSpec { RootKey = "p", Depth = 3, Kinds = new HashSet<EntityKind> { EntityKind.Company } });
        var persons = await NeighborhoodExpansion.ExpandAsync(
            Graph(), new NeighborhoodSpec { RootKey = "root", Depth = 3, Kinds = new HashSet<EntityKind> { EntityKind.Person } });

        Assert.Equal(["p", "c", "a", "b", "root"], result.NodeKeys);
        Assert.Equal(["root"], persons.NodeKeys);
        Assert.Empty(persons.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_marks_truncated_when_an_entity_has_more_relationships_than_the_per_entity_cap()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(
            Graph(), new NeighborhoodSpec { RootKey = "root", MaxExpansionPerNode = 2 });

        Assert.True(result.Truncated);
        Assert.Equal(["root", "a"], result.NodeKeys);
        Assert.Equal(["r-root-a", "r-root-a-2"], result.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_stops_admitting_entities_at_the_limit_and_marks_truncated()
    {
        var result = await NeighborhoodExpansion.ExpandAsync(Graph(), new NeighborhoodSpec { RootKey = "root", Depth = 3, Limit = 2 });

        Assert.True(result.Truncated);
        Assert.Equal(["root", "a"], result.NodeKeys);
        Assert.Equal(["r-root-a", "r-root-a-2"], result.RelationshipKeys);
    }

    [Fact]
    public async Task Expand_asks_the_adjacency_source_once_per_level()
    {
        var graph = Graph();

        await NeighborhoodExpansion.ExpandAsync(graph, new NeighborhoodSpec { RootKey = "root", Depth = 3 });

        Assert.Equal(new[] { new[] { "root" }, ["a", "b"], ["c"] }, graph.Calls.Select(c => c.ToArray()));
    }

    [Fact]
    public async Task Expand_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => NeighborhoodExpansion.ExpandAsync(Graph(), new NeighborhoodSpec { RootKey = "root" }, cancelled.Token));
    }
}
