using KnowledgeGraph.Domain.Entities;
using static KnowledgeGraph.Domain.Entities.EntityKind;
using static KnowledgeGraph.Domain.Relationships.RelationshipDirection;
using static KnowledgeGraph.Domain.Relationships.RelationshipTypes;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// The typed relationship fields of every entity type, one line each: name, relationship types, direction and, where
/// the registry allows several neighbour kinds, which to keep. Checked against the registry when the schema is built
/// (see <see cref="RelationshipFieldDefinition.Problem"/>); together they cover every (kind, type, direction) the
/// registry allows. The generic <c>relationships</c> field reaches the rest.
/// </summary>
public static class RelationshipFieldCatalog
{
    private static readonly string[] Stakes = [OperatedBy, BuiltBy, OwnedBy, FundedBy];

    public static IReadOnlyList<RelationshipFieldDefinition> All { get; } =
    [
        new(Project, "regions", "Regions the project sits in or runs through.", Outgoing, [LocatedIn]),
        new(Project, "connects", "Regions the project links: a corridor's or crossing's end points.", Outgoing, [Connects]),
        new(Project, "partOf", "The larger project (or region) this project is a section of.", Outgoing, [PartOf]),
        new(Project, "parts", "Sections of this project.", Incoming, [PartOf]),
        new(Project, "initiatives", "Initiatives the project is carried out under.", Outgoing, [BelongsTo]),
        new(Project, "companies", "Companies that build, operate, own or fund the project (narrow with relationshipTypes or role).", Outgoing, Stakes, [Company]),
        new(Project, "organizations", "Non-commercial bodies that build, operate, own or fund the project.", Outgoing, Stakes, [Organization]),
        new(Project, "operators", "Who operates the project.", Outgoing, [OperatedBy]),
        new(Project, "builders", "Who built, or is building, the project.", Outgoing, [BuiltBy]),
        new(Project, "owners", "Who owns the project, wholly or in part.", Outgoing, [OwnedBy]),
        new(Project, "funders", "Who finances the project (see amount and currency).", Outgoing, [FundedBy]),
        new(Project, "proposedBy", "Who proposed or announced the project.", Outgoing, [ProposedBy]),
        new(Project, "supporters", "Who backs or promotes the project.", Incoming, [Supports]),
        new(Project, "trainingPrograms", "Training programmes that train people for the project.", Incoming, [TrainsFor]),

        new(Region, "parent", "The region this one is part of (a province's country).", Outgoing, [PartOf], [Region], Single: true),
        new(Region, "children", "Regions that are part of this one.", Incoming, [PartOf], [Region]),
        new(Region, "partOf", "Everything this region is part of.", Outgoing, [PartOf]),
        new(Region, "parts", "Everything that is part of this region.", Incoming, [PartOf]),
        new(Region, "projects", "Projects located in, or connecting, the region.", Incoming, [LocatedIn, Connects], [Project]),
        new(Region, "companies", "Companies located in the region.", Incoming, [LocatedIn], [Company]),
        new(Region, "organizations", "Organisations located in the region.", Incoming, [LocatedIn], [Organization]),
        new(Region, "trainingPrograms", "Training programmes located in the region.", Incoming, [LocatedIn], [TrainingProgram]),
        new(Region, "located", "Everything located in the region.", Incoming, [LocatedIn]),
        new(Region, "connectedBy", "Projects that connect the region.", Incoming, [Connects]),
        new(Region, "leaders", "People who lead the region.", Incoming, [LeaderOf]),
        new(Region, "memberOf", "Initiatives and organisations the region takes part in.", Outgoing, [MemberOf]),
        new(Region, "owns", "What the region owns (state stakes).", Incoming, [OwnedBy]),
        new(Region, "funds", "What the region finances.", Incoming, [FundedBy]),
        new(Region, "supports", "What the region backs or promotes.", Outgoing, [Supports]),
        new(Region, "proposed", "What the region proposed.", Incoming, [ProposedBy]),

        new(Company, "projects", "Projects the company builds, operates, owns or funds (narrow with relationshipTypes or role).", Incoming, Stakes, [Project]),
        new(Company, "owners", "Who owns the company, wholly or in part.", Outgoing, [OwnedBy]),
        new(Company, "subsidiaries", "Companies the company owns.", Incoming, [OwnedBy], [Company]),
        new(Company, "owns", "Everything the company owns.", Incoming, [OwnedBy]),
        new(Company, "operates", "What the company operates.", Incoming, [OperatedBy]),
        new(Company, "built", "What the company built or is building.", Incoming, [BuiltBy]),
        new(Company, "funders", "Who finances the company.", Outgoing, [FundedBy]),
        new(Company, "funds", "What the company finances.", Incoming, [FundedBy]),
        new(Company, "regions", "Regions the company is located in.", Outgoing, [LocatedIn]),
        new(Company, "memberOf", "Initiatives and organisations the company takes part in.", Outgoing, [MemberOf]),
        new(Company, "partners", "Partners of the company, either way.", Both, [PartnerOf]),
        new(Company, "leaders", "People who lead the company.", Incoming, [LeaderOf]),
        new(Company, "trainingPrograms", "Training programmes the company provides or that train for it.", Incoming, [ProvidedBy, TrainsFor], [TrainingProgram]),
        new(Company, "supports", "What the company backs or promotes.", Outgoing, [Supports]),

        new(Initiative, "projects", "Projects carried out under the initiative.", Incoming, [BelongsTo], [Project]),
        new(Initiative, "programs", "Training programmes under, or training for, the initiative.", Incoming, [BelongsTo, TrainsFor], [TrainingProgram]),
        new(Initiative, "partOf", "Initiatives this one is carried out under.", Outgoing, [BelongsTo]),
        new(Initiative, "parts", "Initiatives carried out under this one.", Incoming, [BelongsTo], [Initiative]),
        new(Initiative, "includes", "Everything carried out under the initiative.", Incoming, [BelongsTo]),
        new(Initiative, "proposedBy", "Who proposed or announced the initiative.", Outgoing, [ProposedBy]),
        new(Initiative, "members", "Regions, companies and organisations taking part.", Incoming, [MemberOf]),
        new(Initiative, "supporters", "Who backs or promotes the initiative.", Incoming, [Supports]),
        new(Initiative, "alignedWith", "Initiatives linked or aligned with this one, either way.", Both, [AlignedWith]),

        new(TrainingProgram, "providers", "Who runs the programme.", Outgoing, [ProvidedBy]),
        new(TrainingProgram, "partners", "Partners of the programme.", Outgoing, [PartnerOf]),
        new(TrainingProgram, "initiatives", "Initiatives the programme is carried out under.", Outgoing, [BelongsTo]),
        new(TrainingProgram, "trainsFor", "Projects, initiatives and companies the programme trains people for.", Outgoing, [TrainsFor]),
        new(TrainingProgram, "regions", "Regions the programme is located in.", Outgoing, [LocatedIn]),
        new(TrainingProgram, "funders", "Who finances the programme.", Outgoing, [FundedBy]),
        new(TrainingProgram, "proposedBy", "Who proposed the programme.", Outgoing, [ProposedBy]),
        new(TrainingProgram, "supporters", "Who backs or promotes the programme.", Incoming, [Supports]),

        new(Person, "ledRegions", "Countries and regions the person leads.", Outgoing, [LeaderOf], [Region]),
        new(Person, "leaderOf", "Everything the person leads.", Outgoing, [LeaderOf]),
        new(Person, "proposed", "What the person proposed or announced.", Incoming, [ProposedBy]),
        new(Person, "supports", "What the person backs or promotes.", Outgoing, [Supports]),

        new(Organization, "projects", "Projects the organisation builds, operates, owns or funds (narrow with relationshipTypes or role).", Incoming, Stakes, [Project]),
        new(Organization, "operates", "What the organisation operates.", Incoming, [OperatedBy]),
        new(Organization, "built", "What the organisation built or is building.", Incoming, [BuiltBy]),
        new(Organization, "owns", "What the organisation owns.", Incoming, [OwnedBy]),
        new(Organization, "funds", "What the organisation finances.", Incoming, [FundedBy]),
        new(Organization, "regions", "Regions the organisation is located in.", Outgoing, [LocatedIn]),
        new(Organization, "members", "Members of the organisation.", Incoming, [MemberOf]),
        new(Organization, "memberOf", "Initiatives and organisations the organisation takes part in.", Outgoing, [MemberOf]),
        new(Organization, "partners", "Partners of the organisation, either way.", Both, [PartnerOf]),
        new(Organization, "leaders", "People who lead the organisation.", Incoming, [LeaderOf]),
        new(Organization, "programs", "Training programmes the organisation provides.", Incoming, [ProvidedBy], [TrainingProgram]),
        new(Organization, "proposed", "What the organisation proposed or announced.", Incoming, [ProposedBy]),
        new(Organization, "supports", "What the organisation backs or promotes.", Outgoing, [Supports]),
    ];

    public static IEnumerable<RelationshipFieldDefinition> Of(EntityKind kind) => All.Where(f => f.Owner == kind);
}
