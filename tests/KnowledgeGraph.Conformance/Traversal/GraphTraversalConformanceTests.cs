using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.Traversal.TraversalTestGraph;

namespace KnowledgeGraph.Conformance.Traversal;

/// <summary>
/// The specification every <see cref="Domain.Ports.IGraphTraversal"/> must meet, run against the graph of
/// <see cref="TraversalTestGraph"/>. A store's test project subclasses it and supplies a fresh, initialised, empty
/// store and its traversal per test.
/// </summary>
public abstract class GraphTraversalConformanceTests
{
    private static readonly string KhorgosKazakhstan = Key("khorgos", RelationshipTypes.LocatedIn, "kazakhstan");
    private static readonly string KhorgosBri = Key("khorgos", RelationshipTypes.BelongsTo, "bri");
    private static readonly string KhorgosKtz = Key("khorgos", RelationshipTypes.OperatedBy, "ktz");
    private static readonly string KhorgosCoscoOwned = Key("khorgos", RelationshipTypes.OwnedBy, "cosco");
    private static readonly string KhorgosCoscoFunded = Key("khorgos", RelationshipTypes.FundedBy, "cosco");
    private static readonly string KtzKazakhstan = Key("ktz", RelationshipTypes.OwnedBy, "kazakhstan");
    private static readonly string CoscoChina = Key("cosco", RelationshipTypes.OwnedBy, "china");
    private static readonly string BriXi = Key("bri", RelationshipTypes.ProposedBy, "xi");
    private static readonly string XiChina = Key("xi", RelationshipTypes.LeaderOf, "china");
    private static readonly string TokayevKazakhstan = Key("tokayev", RelationshipTypes.LeaderOf, "kazakhstan");

    /// <summary>Creates a fresh, initialised, empty store and a traversal over it.</summary>
    protected abstract Task<TraversalPair> CreateAsync();

    [Fact]
    public async Task Neighborhood_at_depth_one_returns_the_root_first_and_its_direct_neighbours()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });

        Assert.Equal("khorgos", subgraph.Nodes[0].Key);
        AssertKeys(["khorgos", "bri", "cosco", "kazakhstan", "ktz"], subgraph.Nodes.Select(n => n.Key));
        AssertKeys([KhorgosBri, KhorgosCoscoFunded, KhorgosCoscoOwned, KhorgosKazakhstan, KhorgosKtz], subgraph.Relationships.Select(r => r.Key));
        Assert.False(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighborhood_returns_full_entities_and_relationships_with_their_sources()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });

        var cosco = Assert.Single(subgraph.Nodes, n => n.Key == "cosco");
        Assert.Equal(EntityKind.Company, cosco.Kind);
        Assert.Equal("COSCO Shipping", cosco.Name);
        Assert.Equal([SourceKey], cosco.SourceKeys);
        var owned = Assert.Single(subgraph.Relationships, r => r.Key == KhorgosCoscoOwned);
        Assert.Equal(("khorgos", "cosco", RelationshipTypes.OwnedBy, "shareholder"), (owned.FromKey, owned.ToKey, owned.Type, owned.Role));
        Assert.Equal([SourceKey], owned.SourceKeys);
    }

    [Fact]
    public async Task Neighborhood_at_depth_two_reaches_two_hops_and_includes_relationships_followed_from_the_first_ring()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos", Depth = 2 });

        AssertKeys(
            ["khorgos", "bri", "cosco", "kazakhstan", "ktz", "china", "xi", "nurly-zhol", "tokayev", "almaty"],
            subgraph.Nodes.Select(n => n.Key));
        Assert.Contains(KtzKazakhstan, subgraph.Relationships.Select(r => r.Key));
        Assert.Contains(CoscoChina, subgraph.Relationships.Select(r => r.Key));
        Assert.DoesNotContain(XiChina, subgraph.Relationships.Select(r => r.Key));
        Assert.All(subgraph.Relationships, r =>
        {
            Assert.Contains(r.FromKey, subgraph.Nodes.Select(n => n.Key));
            Assert.Contains(r.ToKey, subgraph.Nodes.Select(n => n.Key));
        });
    }

    [Fact]
    public async Task Neighborhood_follows_only_the_requested_direction()
    {
        var traversal = await GraphAsync();

        var incoming = await traversal.GetNeighborhoodAsync(
            new NeighborhoodSpec { RootKey = "kazakhstan", Direction = RelationshipDirection.Incoming });
        var outgoing = await traversal.GetNeighborhoodAsync(
            new NeighborhoodSpec { RootKey = "kazakhstan", Direction = RelationshipDirection.Outgoing, Depth = 3 });

        AssertKeys(["kazakhstan", "almaty", "khorgos", "ktz", "tokayev"], incoming.Nodes.Select(n => n.Key));
        AssertKeys(["kazakhstan"], outgoing.Nodes.Select(n => n.Key));
        Assert.Empty(outgoing.Relationships);
    }

    [Fact]
    public async Task Neighborhood_follows_only_the_requested_relationship_types()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec
        {
            RootKey = "khorgos",
            Depth = 2,
            RelationshipTypes = new HashSet<string> { RelationshipTypes.OwnedBy },
        });

        AssertKeys(["khorgos", "cosco", "china"], subgraph.Nodes.Select(n => n.Key));
        AssertKeys([KhorgosCoscoOwned, CoscoChina], subgraph.Relationships.Select(r => r.Key));
    }

    [Fact]
    public async Task Neighborhood_enters_only_entities_of_the_requested_kinds_and_keeps_the_root()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec
        {
            RootKey = "khorgos",
            Depth = 3,
            Kinds = new HashSet<EntityKind> { EntityKind.Company },
        });

        Assert.Equal(EntityKind.Project, subgraph.Nodes[0].Kind);
        AssertKeys(["khorgos", "cosco", "ktz"], subgraph.Nodes.Select(n => n.Key));
        AssertKeys([KhorgosCoscoFunded, KhorgosCoscoOwned, KhorgosKtz], subgraph.Relationships.Select(r => r.Key));
    }

    [Fact]
    public async Task Neighborhood_stops_at_the_entity_limit_keeps_the_root_and_says_it_is_truncated()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos", Depth = 2, Limit = 3 });

        Assert.Equal(3, subgraph.Nodes.Count);
        Assert.Equal("khorgos", subgraph.Nodes[0].Key);
        Assert.True(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighborhood_follows_at_most_the_per_entity_cap_and_says_it_is_truncated()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos", MaxExpansionPerNode = 2 });

        Assert.Equal(2, subgraph.Relationships.Count);
        Assert.True(subgraph.Nodes.Count <= 3);
        Assert.True(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighborhood_of_an_unconnected_entity_is_the_entity_alone()
    {
        var traversal = await GraphAsync();

        var subgraph = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "lonely", Depth = 3 });

        Assert.Equal("lonely", Assert.Single(subgraph.Nodes).Key);
        Assert.Empty(subgraph.Relationships);
        Assert.False(subgraph.Truncated);
    }

    [Fact]
    public async Task Neighborhood_of_an_unknown_root_throws_not_found()
    {
        var traversal = await GraphAsync();

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(
            () => traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "atlantis" }));

        Assert.Equal("atlantis", error.Key);
    }

    [Fact]
    public async Task Shortest_path_lists_the_entities_in_order_and_the_direction_of_every_hop()
    {
        var traversal = await GraphAsync();

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });

        var path = Assert.Single(paths);
        Assert.Equal(4, path.Length);
        Assert.Equal(["tokayev", "kazakhstan", "khorgos", "bri", "xi"], path.Nodes.Select(n => n.Key));
        Assert.Equal([TokayevKazakhstan, KhorgosKazakhstan, KhorgosBri, BriXi], path.Hops.Select(h => h.Relationship.Key));
        Assert.Equal([true, false, true, true], path.Hops.Select(h => h.Forward));
        Assert.Equal("Xi Jinping", path.Nodes[^1].Name);
        Assert.All(path.Hops, h => Assert.Equal([SourceKey], h.Relationship.SourceKeys));
    }

    [Fact]
    public async Task All_shortest_paths_returns_every_path_of_the_shortest_length_with_parallel_relationships_apart()
    {
        var traversal = await GraphAsync();

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "kazakhstan", ToKey = "china", Mode = PathMode.AllShortest });

        Assert.Equal(
            [
                [KhorgosKazakhstan, KhorgosCoscoFunded, CoscoChina],
                [KhorgosKazakhstan, KhorgosCoscoOwned, CoscoChina],
            ],
            paths.Select(p => p.Hops.Select(h => h.Relationship.Key).ToArray()));
        Assert.All(paths, p => Assert.Equal(["kazakhstan", "khorgos", "cosco", "china"], p.Nodes.Select(n => n.Key)));
        Assert.All(paths, p => Assert.Equal([false, true, true], p.Hops.Select(h => h.Forward)));
    }

    [Fact]
    public async Task All_paths_come_shortest_first_in_a_stable_order_and_are_simple()
    {
        var traversal = await GraphAsync();

        var paths = await traversal.FindPathsAsync(
            new PathSpec { FromKey = "kazakhstan", ToKey = "china", Mode = PathMode.All, MaxLength = 4 });

        Assert.Equal(
            [
                [KhorgosKazakhstan, KhorgosCoscoFunded, CoscoChina],
                [KhorgosKazakhstan, KhorgosCoscoOwned, CoscoChina],
                [KhorgosKazakhstan, KhorgosBri, BriXi, XiChina],
                [KtzKazakhstan, KhorgosKtz, KhorgosCoscoFunded, CoscoChina],
                [KtzKazakhstan, KhorgosKtz, KhorgosCoscoOwned, CoscoChina],
            ],
            paths.Select(p => p.Hops.Select(h => h.Relationship.Key).ToArray()));
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Select(n => n.Key).Distinct().Count()));
    }

    [Fact]
    public async Task All_paths_stop_at_first()
    {
        var traversal = await GraphAsync();

        var paths = await traversal.FindPathsAsync(
            new PathSpec { FromKey = "kazakhstan", ToKey = "china", Mode = PathMode.All, MaxLength = 4, First = 3 });

        Assert.Equal([3, 3, 4], paths.Select(p => p.Length));
    }

    [Fact]
    public async Task Paths_follow_only_the_requested_relationship_types()
    {
        var traversal = await GraphAsync();

        var paths = await traversal.FindPathsAsync(new PathSpec
        {
            FromKey = "kazakhstan",
            ToKey = "china",
            Mode = PathMode.AllShortest,
            RelationshipTypes = new HashSet<string> { RelationshipTypes.LocatedIn, RelationshipTypes.OwnedBy },
        });

        var path = Assert.Single(paths);
        Assert.Equal([KhorgosKazakhstan, KhorgosCoscoOwned, CoscoChina], path.Hops.Select(h => h.Relationship.Key));
    }

    [Theory]
    [InlineData(PathMode.Shortest)]
    [InlineData(PathMode.AllShortest)]
    [InlineData(PathMode.All)]
    public async Task Paths_are_empty_when_none_fits_in_the_maximum_length_or_the_ends_are_not_connected(PathMode mode)
    {
        var traversal = await GraphAsync();

        var tooLong = await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi", Mode = mode, MaxLength = 3 });
        var unconnected = await traversal.FindPathsAsync(new PathSpec { FromKey = "lonely", ToKey = "xi", Mode = mode });

        Assert.Empty(tooLong);
        Assert.Empty(unconnected);
    }

    [Theory]
    [InlineData("atlantis", "xi")]
    [InlineData("tokayev", "atlantis")]
    public async Task Paths_with_an_unknown_end_throw_not_found(string from, string to)
    {
        var traversal = await GraphAsync();

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(
            () => traversal.FindPathsAsync(new PathSpec { FromKey = from, ToKey = to }));

        Assert.Equal("atlantis", error.Key);
    }

    [Fact]
    public async Task Traversals_see_relationships_written_and_deleted_after_earlier_traversals()
    {
        var pair = await CreateAsync();
        await pair.Store.ApplyAsync(ChangeSet);
        var before = await pair.Traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });
        var shortcut = Relationship("tokayev", RelationshipTypes.Supports, "bri");

        await pair.Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [shortcut] });
        var after = await pair.Traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });
        await pair.Store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = [shortcut.Key] });
        var afterDelete = await pair.Traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });

        Assert.Equal(4, Assert.Single(before).Length);
        Assert.Equal(["tokayev", "bri", "xi"], Assert.Single(after).Nodes.Select(n => n.Key));
        Assert.Equal(4, Assert.Single(afterDelete).Length);
    }

    private static void AssertKeys(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    private async Task<Domain.Ports.IGraphTraversal> GraphAsync()
    {
        var pair = await CreateAsync();
        await pair.Store.ApplyAsync(ChangeSet);
        return pair.Traversal;
    }
}
