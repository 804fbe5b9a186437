using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

public sealed class AdjacencyIndexTests
{
    private static AdjacencyIndex Index() => new AdjacencyIndexBuilder()
        .AddEntity("a", EntityKind.Company)
        .AddEntity("b", EntityKind.Region)
        .AddEntity("c", EntityKind.Person)
        .AddRelationship("r2", RelationshipTypes.OwnedBy, "a", "b")
        .AddRelationship("r1", RelationshipTypes.OwnedBy, "a", "b")
        .AddRelationship("r3", RelationshipTypes.LeaderOf, "c", "a")
        .AddRelationship("r4", RelationshipTypes.PartnerOf, "a", "a")
        .AddRelationship("r5", RelationshipTypes.PartnerOf, "a", "missing")
        .Build();

    [Fact]
    public async Task GetAdjacent_orders_by_neighbour_then_relationship_key_and_reports_a_self_loop_once()
    {
        var edges = (await Index().GetAdjacentAsync(["a"], new AdjacencyFilter(), int.MaxValue, default))["a"];

        Assert.Equal(
            [new("r4", "a", true), new("r1", "b", true), new("r2", "b", true), new AdjacentEdge("r3", "c", false)],
            edges);
    }

    [Fact]
    public async Task GetAdjacent_applies_direction_types_kinds_and_the_per_key_cap()
    {
        var index = Index();

        var incoming = await index.GetAdjacentAsync(["a"], new AdjacencyFilter(Direction: RelationshipDirection.Incoming), 10, default);
        var typed = await index.GetAdjacentAsync(["a"], new AdjacencyFilter(Types: new HashSet<string> { RelationshipTypes.OwnedBy }), 10, default);
        var kinds = await index.GetAdjacentAsync(["a"], new AdjacencyFilter(NeighbourKinds: new HashSet<EntityKind> { EntityKind.Person }), 10, default);
        var capped = await index.GetAdjacentAsync(["a"], new AdjacencyFilter(), 2, default);

        Assert.Equal(["r4", "r3"], incoming["a"].Select(e => e.RelationshipKey));
        Assert.Equal(["r1", "r2"], typed["a"].Select(e => e.RelationshipKey));
        Assert.Equal(["r3"], kinds["a"].Select(e => e.RelationshipKey));
        Assert.Equal(["r4", "r1"], capped["a"].Select(e => e.RelationshipKey));
    }

    [Fact]
    public async Task Build_ignores_relationships_to_unknown_entities_and_lookups_skip_unknown_keys()
    {
        var index = Index();

        var result = await index.GetAdjacentAsync(["nobody", "b"], new AdjacencyFilter(), int.MaxValue, default);

        Assert.Equal(4, index.RelationshipCount);
        Assert.False(result.ContainsKey("nobody"));
        Assert.Equal(["r1", "r2"], result["b"].Select(e => e.RelationshipKey));
    }
}
