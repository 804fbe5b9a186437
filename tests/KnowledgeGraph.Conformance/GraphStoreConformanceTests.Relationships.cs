using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    /// <summary>
    /// A project "gateway" with relationships of several types in both directions, two to the same company
    /// (keys chosen against name order) and one to itself; a second project "dryport" shares a neighbour.
    /// </summary>
    protected Task<IGraphStore> CreateRelationshipFixtureAsync() => CreateStoreWithAsync(
        [
            Entity("gateway", name: "Khorgos Gateway", properties: [("sector", Text("Logistics"))]),
            Entity("dryport", name: "Dry Port"),
            Entity("section", name: "Gateway Section"),
            Entity("kz", EntityKind.Region, "Kazakhstan"),
            Entity("alpha", EntityKind.Company, "Alpha Co"),
            Entity("beta", EntityKind.Company, "Beta Co"),
            Entity("bri", EntityKind.Initiative, "Belt and Road"),
            Entity("leader", EntityKind.Person, "A Leader"),
        ],
        [
            Relationship("r-located", RelationshipTypes.LocatedIn, "gateway", "kz"),
            Relationship("r-op-a", RelationshipTypes.OperatedBy, "gateway", "beta", "operator"),
            Relationship("r-op-b", RelationshipTypes.OperatedBy, "gateway", "alpha", "co-operator"),
            Relationship("r-built-2", RelationshipTypes.BuiltBy, "gateway", "alpha", "general contractor"),
            Relationship("r-built-1", RelationshipTypes.BuiltBy, "gateway", "alpha", "subcontractor"),
            Relationship("r-belongs", RelationshipTypes.BelongsTo, "gateway", "bri"),
            Relationship("r-section", RelationshipTypes.PartOf, "section", "gateway"),
            Relationship("r-self", RelationshipTypes.PartOf, "gateway", "gateway"),
            Relationship("r-dry-located", RelationshipTypes.LocatedIn, "dryport", "kz"),
            Relationship("r-leader", RelationshipTypes.LeaderOf, "leader", "kz"),
        ]);

    [Fact]
    public async Task GetRelationships_orders_hits_by_type_then_neighbour_name_then_key()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["gateway"], AllRelationships);

        Assert.Equal(
            ["r-belongs", "r-built-1", "r-built-2", "r-located", "r-op-b", "r-op-a", "r-section", "r-self"],
            hits.Select(h => h.Relationship.Key));
        Assert.All(hits, h => Assert.Equal("gateway", h.AnchorKey));
    }

    [Fact]
    public async Task GetRelationships_reports_direction_and_the_entity_at_the_other_end()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["gateway"], AllRelationships);

        var located = hits.Single(h => h.Relationship.Key == "r-located");
        Assert.Equal(RelationshipDirection.Outgoing, located.Direction);
        Assert.Equal("kz", located.Neighbour.Key);
        Assert.Equal("Kazakhstan", located.Neighbour.Name);
        Assert.Equal(EntityKind.Region, located.Neighbour.Kind);
        Assert.Equal([DefaultSourceKey], located.Neighbour.SourceKeys);
        Assert.Equal(1, located.Neighbour.Version);
        var section = hits.Single(h => h.Relationship.Key == "r-section");
        Assert.Equal(RelationshipDirection.Incoming, section.Direction);
        Assert.Equal("section", section.Neighbour.Key);
        Assert.Equal("section", section.Relationship.FromKey);
        Assert.Equal("gateway", section.Relationship.ToKey);
    }

    [Fact]
    public async Task GetRelationships_reports_a_self_relationship_once_as_outgoing()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["gateway"], AllRelationships with { Types = new HashSet<string> { RelationshipTypes.PartOf } });

        var self = Assert.Single(hits, h => h.Relationship.Key == "r-self");
        Assert.Equal(RelationshipDirection.Outgoing, self.Direction);
        Assert.Equal("gateway", self.Neighbour.Key);
    }

    [Fact]
    public async Task GetRelationships_outgoing_reads_only_relationships_starting_at_the_anchor()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["kz", "gateway"], AllRelationships with { Direction = RelationshipDirection.Outgoing });

        Assert.DoesNotContain(hits, h => h.AnchorKey == "kz");
        Assert.Equal(
            ["r-belongs", "r-built-1", "r-built-2", "r-located", "r-op-b", "r-op-a", "r-self"],
            hits.Select(h => h.Relationship.Key));
        Assert.All(hits, h => Assert.Equal(RelationshipDirection.Outgoing, h.Direction));
    }

    [Fact]
    public async Task GetRelationships_incoming_reads_only_relationships_ending_at_the_anchor()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["kz"], AllRelationships with { Direction = RelationshipDirection.Incoming });

        Assert.Equal(["r-leader", "r-dry-located", "r-located"], hits.Select(h => h.Relationship.Key));
        Assert.Equal(["leader", "dryport", "gateway"], hits.Select(h => h.Neighbour.Key));
        Assert.All(hits, h => Assert.Equal(RelationshipDirection.Incoming, h.Direction));
    }

    [Fact]
    public async Task GetRelationships_reads_many_anchors_in_one_call_and_tags_each_hit_with_its_anchor()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["gateway", "kz", "dryport", "unknown"], AllRelationships);

        Assert.Equal(8, hits.Count(h => h.AnchorKey == "gateway"));
        Assert.Equal(["r-leader", "r-dry-located", "r-located"], hits.Where(h => h.AnchorKey == "kz").Select(h => h.Relationship.Key));
        Assert.Equal(["r-dry-located"], hits.Where(h => h.AnchorKey == "dryport").Select(h => h.Relationship.Key));
        Assert.DoesNotContain(hits, h => h.AnchorKey == "unknown");
        var seenFromBothEnds = hits.Where(h => h.Relationship.Key == "r-located").ToList();
        Assert.Equal(2, seenFromBothEnds.Count);
        Assert.Equal(RelationshipDirection.Outgoing, seenFromBothEnds.Single(h => h.AnchorKey == "gateway").Direction);
        Assert.Equal(RelationshipDirection.Incoming, seenFromBothEnds.Single(h => h.AnchorKey == "kz").Direction);
    }

    [Fact]
    public async Task GetRelationships_keeps_each_anchor_in_relationship_order_when_anchors_are_interleaved()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["kz", "gateway"], AllRelationships);

        foreach (var group in hits.GroupBy(h => h.AnchorKey))
        {
            var ordered = group.OrderBy(h => h.Relationship.Type, StringComparer.Ordinal)
                .ThenBy(h => h.Neighbour.Name, StringComparer.Ordinal)
                .ThenBy(h => h.Relationship.Key, StringComparer.Ordinal);
            Assert.Equal(ordered.Select(h => h.Relationship.Key), group.Select(h => h.Relationship.Key));
        }
    }

    [Fact]
    public async Task GetRelationships_filters_by_types()
    {
        var store = await CreateRelationshipFixtureAsync();
        var query = AllRelationships with { Types = new HashSet<string> { RelationshipTypes.BuiltBy, RelationshipTypes.LocatedIn } };

        var hits = await store.GetRelationshipsAsync(["gateway"], query);

        Assert.Equal(["r-built-1", "r-built-2", "r-located"], hits.Select(h => h.Relationship.Key));
    }

    [Fact]
    public async Task GetRelationships_filters_by_neighbour_kinds()
    {
        var store = await CreateRelationshipFixtureAsync();
        var query = AllRelationships with { NeighbourKinds = new HashSet<EntityKind> { EntityKind.Region, EntityKind.Initiative } };

        var hits = await store.GetRelationshipsAsync(["gateway", "kz"], query);

        Assert.Equal(["r-belongs", "r-located"], hits.Where(h => h.AnchorKey == "gateway").Select(h => h.Relationship.Key));
        Assert.DoesNotContain(hits, h => h.AnchorKey == "kz");
    }

    [Fact]
    public async Task GetRelationships_filters_by_exact_role()
    {
        var store = await CreateRelationshipFixtureAsync();

        var exact = await store.GetRelationshipsAsync(["gateway"], AllRelationships with { Role = "operator" });
        var otherCase = await store.GetRelationshipsAsync(["gateway"], AllRelationships with { Role = "Operator" });

        Assert.Equal(["r-op-a"], exact.Select(h => h.Relationship.Key));
        Assert.Empty(otherCase);
    }

    [Fact]
    public async Task GetRelationships_combines_direction_type_kind_and_role_filters()
    {
        var store = await CreateRelationshipFixtureAsync();
        var query = new RelationshipQuery
        {
            Direction = RelationshipDirection.Outgoing,
            Types = new HashSet<string> { RelationshipTypes.BuiltBy, RelationshipTypes.OperatedBy },
            NeighbourKinds = new HashSet<EntityKind> { EntityKind.Company },
            Role = "general contractor",
        };

        var hits = await store.GetRelationshipsAsync(["gateway", "alpha"], query);

        var hit = Assert.Single(hits);
        Assert.Equal("r-built-2", hit.Relationship.Key);
        Assert.Equal("alpha", hit.Neighbour.Key);
    }

    [Fact]
    public async Task GetRelationships_for_no_anchors_or_unknown_anchors_returns_nothing()
    {
        var store = await CreateRelationshipFixtureAsync();

        var none = await store.GetRelationshipsAsync([], AllRelationships);
        var unknown = await store.GetRelationshipsAsync(["nobody"], AllRelationships);

        Assert.Empty(none);
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task GetRelationships_returns_relationship_fields_with_each_hit()
    {
        var store = await CreateRelationshipFixtureAsync();

        var hits = await store.GetRelationshipsAsync(["alpha"], AllRelationships with { Role = "subcontractor" });

        var hit = Assert.Single(hits);
        Assert.Equal(RelationshipTypes.BuiltBy, hit.Relationship.Type);
        Assert.Equal("gateway", hit.Relationship.FromKey);
        Assert.Equal("alpha", hit.Relationship.ToKey);
        Assert.Equal([DefaultSourceKey], hit.Relationship.SourceKeys);
        Assert.Equal(RelationshipDirection.Incoming, hit.Direction);
        Assert.Equal(Text("Logistics"), hit.Neighbour.Property("sector"));
    }
}
