using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Relationships;

/// <summary>
/// The registry of relationship types. Writes, imports and the seed are checked against it, and it is the
/// only place a relationship type name may come from when a store builds a query.
/// </summary>
public static class RelationshipTypes
{
    public const string LocatedIn = "LOCATED_IN";
    public const string PartOf = "PART_OF";
    public const string Connects = "CONNECTS";
    public const string BelongsTo = "BELONGS_TO";
    public const string OperatedBy = "OPERATED_BY";
    public const string BuiltBy = "BUILT_BY";
    public const string OwnedBy = "OWNED_BY";
    public const string FundedBy = "FUNDED_BY";
    public const string MemberOf = "MEMBER_OF";
    public const string Supports = "SUPPORTS";
    public const string ProposedBy = "PROPOSED_BY";
    public const string ProvidedBy = "PROVIDED_BY";
    public const string TrainsFor = "TRAINS_FOR";
    public const string PartnerOf = "PARTNER_OF";
    public const string LeaderOf = "LEADER_OF";
    public const string AlignedWith = "ALIGNED_WITH";

    private static readonly EntityKind[] Organisations = [EntityKind.Company, EntityKind.Organization];

    private static readonly RelationshipTypeDefinition[] Definitions =
    [
        Define(LocatedIn, "The source sits in, or runs through, the region.",
            [EntityKind.Project, EntityKind.Company, EntityKind.Organization, EntityKind.TrainingProgram], [EntityKind.Region],
            "located in", "location of"),
        Define(PartOf, "The source is a part of the target: a province of a country, a section of a larger project.",
            [EntityKind.Region, EntityKind.Project], [EntityKind.Region, EntityKind.Project],
            "part of", "includes"),
        Define(Connects, "The project links the region to others (a corridor's or crossing's end points).",
            [EntityKind.Project], [EntityKind.Region],
            "connects", "connected by"),
        Define(BelongsTo, "The project or programme is carried out under the initiative.",
            [EntityKind.Project, EntityKind.TrainingProgram, EntityKind.Initiative], [EntityKind.Initiative],
            "belongs to", "includes"),
        Define(OperatedBy, "The organisation operates the project.",
            [EntityKind.Project], Organisations,
            "operated by", "operates"),
        Define(BuiltBy, "The organisation built, or is building, the project.",
            [EntityKind.Project], Organisations,
            "built by", "built"),
        Define(OwnedBy, "The target owns the source, wholly or in part (see role and amount).",
            [EntityKind.Project, EntityKind.Company], [EntityKind.Company, EntityKind.Organization, EntityKind.Region],
            "owned by", "owns"),
        Define(FundedBy, "The target finances the source (see amount and currency).",
            [EntityKind.Project, EntityKind.TrainingProgram, EntityKind.Company], [EntityKind.Company, EntityKind.Organization, EntityKind.Region],
            "funded by", "funds"),
        Define(MemberOf, "The source is a member of, or participant in, the target.",
            [EntityKind.Region, EntityKind.Company, EntityKind.Organization], [EntityKind.Initiative, EntityKind.Organization],
            "member of", "has member"),
        Define(Supports, "The source backs or promotes the target.",
            [EntityKind.Person, EntityKind.Company, EntityKind.Organization, EntityKind.Region],
            [EntityKind.Initiative, EntityKind.Project, EntityKind.TrainingProgram],
            "supports", "supported by"),
        Define(ProposedBy, "The target proposed or announced the initiative.",
            [EntityKind.Initiative, EntityKind.Project, EntityKind.TrainingProgram], [EntityKind.Person, EntityKind.Organization, EntityKind.Region],
            "proposed by", "proposed"),
        Define(ProvidedBy, "The organisation runs the training programme.",
            [EntityKind.TrainingProgram], Organisations,
            "provided by", "provides"),
        Define(TrainsFor, "The programme trains people for the project, sector initiative or company.",
            [EntityKind.TrainingProgram], [EntityKind.Project, EntityKind.Initiative, EntityKind.Company],
            "trains for", "trained for by"),
        Define(PartnerOf, "The source works with the target as a partner.",
            [EntityKind.Company, EntityKind.Organization, EntityKind.TrainingProgram], [EntityKind.Company, EntityKind.Organization],
            "partner of", "partner of"),
        Define(LeaderOf, "The person leads the country, region or organisation.",
            [EntityKind.Person], [EntityKind.Region, EntityKind.Organization, EntityKind.Company],
            "leader of", "led by"),
        Define(AlignedWith, "The initiative is linked or aligned with another (e.g. Nurly Zhol with the Belt and Road).",
            [EntityKind.Initiative], [EntityKind.Initiative],
            "aligned with", "aligned with"),
    ];

    private static readonly Dictionary<string, RelationshipTypeDefinition> ByName =
        Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public static IReadOnlyList<RelationshipTypeDefinition> All => Definitions;

    public static RelationshipTypeDefinition? Find(string? name) => name is null ? null : ByName.GetValueOrDefault(name);

    public static bool IsKnown(string? name) => name is not null && ByName.ContainsKey(name);

    private static RelationshipTypeDefinition Define(
        string name, string description, EntityKind[] from, EntityKind[] to, string forward, string inverse) =>
        new(name, description, from.ToHashSet(), to.ToHashSet(), forward, inverse);
}
