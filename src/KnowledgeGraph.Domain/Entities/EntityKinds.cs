namespace KnowledgeGraph.Domain.Entities;

/// <summary>
/// The schema of every kind: which properties it carries. Stores, the seed loader and GraphQL all read it,
/// so a property is declared once here and nowhere else.
/// </summary>
public static class EntityKinds
{
    public static readonly IReadOnlyList<string> ProjectSectors =
        ["Transport", "Logistics", "Energy", "Industry", "Agriculture", "Digital", "Education", "Other"];

    public static readonly IReadOnlyList<string> ProjectStatuses =
        ["Proposed", "Planned", "UnderConstruction", "Operational", "Suspended", "Cancelled"];

    public static readonly IReadOnlyList<string> RegionLevels =
        ["MacroRegion", "Country", "Province", "City", "Locality"];

    public static readonly IReadOnlyList<string> Ownerships =
        ["State", "Private", "Public", "JointVenture", "Mixed"];

    private static readonly PropertyDefinition[] ProjectProperties =
    [
        new("sector", PropertyType.Text, "Economic sector.", ProjectSectors),
        new("subsector", PropertyType.Text, "Finer classification, e.g. railway, highway, oil pipeline."),
        new("status", PropertyType.Text, "Life-cycle status.", ProjectStatuses),
        new("startYear", PropertyType.Integer, "Year construction or operation started.", null, 1800, 2200),
        new("completionYear", PropertyType.Integer, "Year completed or opened.", null, 1800, 2200),
        new("lengthKm", PropertyType.Number, "Length in kilometres, for linear infrastructure.", null, 0, 100000),
        new("capacity", PropertyType.Number, "Design capacity, in capacityUnit.", null, 0, null),
        new("capacityUnit", PropertyType.Text, "Unit of capacity, e.g. 'million tonnes per year'."),
        new("investmentAmount", PropertyType.Number, "Investment amount, in investmentCurrency.", null, 0, null),
        new("investmentCurrency", PropertyType.Text, "ISO 4217 currency code of investmentAmount."),
    ];

    private static readonly PropertyDefinition[] RegionProperties =
    [
        new("level", PropertyType.Text, "Administrative or geographic level.", RegionLevels),
        new("isoCode", PropertyType.Text, "ISO 3166 code where one exists."),
        new("latitude", PropertyType.Number, "Latitude in decimal degrees (WGS 84).", null, -90, 90),
        new("longitude", PropertyType.Number, "Longitude in decimal degrees (WGS 84).", null, -180, 180),
    ];

    private static readonly PropertyDefinition[] CompanyProperties =
    [
        new("country", PropertyType.Text, "Country of registration."),
        new("ownership", PropertyType.Text, "Ownership type.", Ownerships),
        new("foundedYear", PropertyType.Integer, "Year founded.", null, 1800, 2200),
        new("industry", PropertyType.Text, "Main line of business."),
    ];

    private static readonly PropertyDefinition[] InitiativeProperties =
    [
        new("launchedYear", PropertyType.Integer, "Year the initiative was launched or announced.", null, 1900, 2200),
        new("scope", PropertyType.Text, "Bilateral, regional or global."),
    ];

    private static readonly PropertyDefinition[] TrainingProgramProperties =
    [
        new("field", PropertyType.Text, "Field or trade the programme trains for."),
        new("format", PropertyType.Text, "Format, e.g. dual training, degree, short course."),
        new("startYear", PropertyType.Integer, "Year the programme started.", null, 1900, 2200),
    ];

    private static readonly PropertyDefinition[] PersonProperties =
    [
        new("title", PropertyType.Text, "Office or position relevant to the graph."),
        new("country", PropertyType.Text, "Country the person serves or represents."),
    ];

    private static readonly PropertyDefinition[] OrganizationProperties =
    [
        new("country", PropertyType.Text, "Country of seat; empty for intergovernmental bodies."),
        new("organizationType", PropertyType.Text, "Government body, university, intergovernmental organisation, think tank…"),
        new("foundedYear", PropertyType.Integer, "Year founded.", null, 1800, 2200),
    ];

    private static readonly Dictionary<EntityKind, EntityKindDefinition> Definitions = new()
    {
        [EntityKind.Project] = new(EntityKind.Project, "An infrastructure, industrial or agricultural project.", ProjectProperties),
        [EntityKind.Region] = new(EntityKind.Region, "A macro-region, country, province, city or locality.", RegionProperties),
        [EntityKind.Company] = new(EntityKind.Company, "A company or joint venture.", CompanyProperties),
        [EntityKind.Initiative] = new(EntityKind.Initiative, "A policy initiative, corridor or integration framework.", InitiativeProperties),
        [EntityKind.TrainingProgram] = new(EntityKind.TrainingProgram, "A training or education programme.", TrainingProgramProperties),
        [EntityKind.Person] = new(EntityKind.Person, "A person named as an actor in the graph.", PersonProperties),
        [EntityKind.Organization] = new(EntityKind.Organization, "A non-commercial body: ministry, university, intergovernmental organisation.", OrganizationProperties),
    };

    public static IReadOnlyCollection<EntityKindDefinition> All => Definitions.Values;

    public static EntityKindDefinition Get(EntityKind kind) => Definitions[kind];

    /// <summary>Parses an exact kind name; unlike <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> it refuses numbers and flag lists.</summary>
    public static bool TryParse(string? name, out EntityKind kind)
    {
        foreach (var candidate in Enum.GetValues<EntityKind>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
