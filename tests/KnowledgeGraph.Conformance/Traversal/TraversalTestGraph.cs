using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Conformance.Traversal;

/// <summary>
/// The graph the traversal conformance tests walk, small enough to reason about by hand:
/// <code>
/// tokayev -LEADER_OF-> kazakhstan &lt;-LOCATED_IN- khorgos -BELONGS_TO-> bri -PROPOSED_BY-> xi -LEADER_OF-> china
///                      kazakhstan &lt;-OWNED_BY- ktz &lt;-OPERATED_BY- khorgos
///                                                 khorgos -OWNED_BY-> cosco -OWNED_BY-> china
///                                                 khorgos -FUNDED_BY-> cosco            (parallel to OWNED_BY)
/// almaty -PART_OF-> kazakhstan ; nurly-zhol -ALIGNED_WITH-> bri ; lonely (no relationships)
/// </code>
/// Relationship keys read "&lt;from&gt;-&lt;type&gt;-&lt;to&gt;", e.g. <c>khorgos-owned-by-cosco</c>.
/// </summary>
public static class TraversalTestGraph
{
    public const string SourceKey = "traversal-test-source";

    public static readonly Source Source = new()
    {
        Key = SourceKey,
        Title = "Traversal conformance fixture",
        Publisher = "KnowledgeGraph tests",
        Url = "https://example.org/traversal-fixture",
    };

    public static IReadOnlyList<Entity> Entities { get; } =
    [
        Entity("kazakhstan", EntityKind.Region, "Kazakhstan"),
        Entity("china", EntityKind.Region, "China"),
        Entity("almaty", EntityKind.Region, "Almaty"),
        Entity("khorgos", EntityKind.Project, "Khorgos Gateway"),
        Entity("ktz", EntityKind.Company, "Kazakhstan Temir Zholy"),
        Entity("cosco", EntityKind.Company, "COSCO Shipping"),
        Entity("bri", EntityKind.Initiative, "Belt and Road Initiative"),
        Entity("nurly-zhol", EntityKind.Initiative, "Nurly Zhol"),
        Entity("tokayev", EntityKind.Person, "Kassym-Jomart Tokayev"),
        Entity("xi", EntityKind.Person, "Xi Jinping"),
        Entity("lonely", EntityKind.Organization, "Unconnected Organisation"),
    ];

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        Relationship("tokayev", RelationshipTypes.LeaderOf, "kazakhstan"),
        Relationship("xi", RelationshipTypes.LeaderOf, "china"),
        Relationship("khorgos", RelationshipTypes.LocatedIn, "kazakhstan"),
        Relationship("khorgos", RelationshipTypes.BelongsTo, "bri"),
        Relationship("khorgos", RelationshipTypes.OperatedBy, "ktz", role: "operator"),
        Relationship("khorgos", RelationshipTypes.OwnedBy, "cosco", role: "shareholder"),
        Relationship("khorgos", RelationshipTypes.FundedBy, "cosco"),
        Relationship("ktz", RelationshipTypes.OwnedBy, "kazakhstan", role: "state owner"),
        Relationship("cosco", RelationshipTypes.OwnedBy, "china", role: "state owner"),
        Relationship("bri", RelationshipTypes.ProposedBy, "xi"),
        Relationship("nurly-zhol", RelationshipTypes.AlignedWith, "bri"),
        Relationship("almaty", RelationshipTypes.PartOf, "kazakhstan"),
    ];

    public static GraphChangeSet ChangeSet { get; } = new()
    {
        UpsertSources = [Source],
        UpsertEntities = Entities.Select(e => new EntityUpsert(e)).ToList(),
        UpsertRelationships = Relationships,
        Author = new ChangeAuthor("traversal-conformance"),
    };

    /// <summary>The key of the relationship <paramref name="from"/> -type-> <paramref name="to"/> in this graph.</summary>
    public static string Key(string from, string type, string to) => $"{from}-{type.ToLowerInvariant().Replace('_', '-')}-{to}";

    public static Relationship Relationship(string from, string type, string to, string? role = null) => new()
    {
        Key = Key(from, type, to),
        Type = type,
        FromKey = from,
        ToKey = to,
        Role = role,
        SourceKeys = [SourceKey],
    };

    private static Entity Entity(string key, EntityKind kind, string name) => new()
    {
        Key = key,
        Kind = kind,
        Name = name,
        SourceKeys = [SourceKey],
    };
}
