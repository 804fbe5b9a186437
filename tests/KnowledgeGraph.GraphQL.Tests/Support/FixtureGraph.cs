using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>
/// A small Kazakhstan–China graph for the tests: six projects, five regions, five companies, three initiatives, a
/// training programme, two people, two organisations and the relationships between them, each citing a source.
/// </summary>
public static class FixtureGraph
{
    public const string Wire = "src-wire";
    public const string Government = "src-government";
    public const string Speech = "src-speech";

    public static GraphChangeSet Create() => new()
    {
        UpsertSources =
        [
            new Source { Key = Wire, Title = "Khorgos Gateway dry port opens", Publisher = "Test Wire", Url = "https://example.org/khorgos", PublishedOn = new DateOnly(2015, 8, 1) },
            new Source { Key = Government, Title = "Nurly Zhol infrastructure programme", Publisher = "Government of Kazakhstan", Url = "https://example.org/nurly-zhol", AccessedOn = new DateOnly(2024, 3, 1) },
            new Source { Key = Speech, Title = "Speech at Nazarbayev University", Publisher = "Test Archive", PublishedOn = new DateOnly(2013, 9, 7) },
        ],
        UpsertEntities = Entities().Select(e => new EntityUpsert(e)).ToList(),
        UpsertRelationships = Relationships(),
    };

    private static IEnumerable<Entity> Entities()
    {
        yield return Region("kazakhstan", "Kazakhstan", "Country", ("isoCode", Text("KZ")), ("latitude", Num(48.0)), ("longitude", Num(68.0)));
        yield return Region("china", "China", "Country", ("isoCode", Text("CN")), ("latitude", Num(35.0)), ("longitude", Num(103.0)));
        yield return Region("almaty-region", "Almaty Region", "Province", ("latitude", Num(45.0)), ("longitude", Num(78.0)));
        yield return Region("xinjiang", "Xinjiang", "Province");
        yield return Region("mangystau-region", "Mangystau Region", "Province");

        yield return Entity("khorgos-gateway", EntityKind.Project, "Khorgos Gateway", "Dry port on the Kazakhstan–China border.", ["KTZE Khorgos Gateway"],
            ("sector", Text("Logistics")), ("subsector", Text("dry port")), ("status", Text("Operational")), ("startYear", Int(2015)),
            ("investmentAmount", Num(245_000_000)), ("investmentCurrency", Text("USD")));
        yield return Entity("western-europe-western-china", EntityKind.Project, "Western Europe–Western China highway", "Road corridor from Lianyungang to St Petersburg.", [],
            ("sector", Text("Transport")), ("subsector", Text("highway")), ("status", Text("Operational")), ("startYear", Int(2009)), ("lengthKm", Num(8445)));
        yield return Entity("zhezkazgan-beineu-railway", EntityKind.Project, "Zhezkazgan–Beineu railway", "Railway shortening the route to the Caspian.", [],
            ("sector", Text("Transport")), ("subsector", Text("railway")), ("status", Text("Operational")), ("startYear", Int(2012)),
            ("completionYear", Int(2016)), ("lengthKm", Num(988)));
        yield return Entity("aktau-container-hub", EntityKind.Project, "Aktau container hub", "Container terminal at the Caspian port of Aktau.", [],
            ("sector", Text("Logistics")), ("status", Text("UnderConstruction")), ("startYear", Int(2022)));
        yield return Entity("shymkent-refinery-upgrade", EntityKind.Project, "Shymkent refinery upgrade", "Modernisation of the Shymkent oil refinery.", [],
            ("sector", Text("Energy")), ("status", Text("Operational")), ("startYear", Int(2014)),
            ("investmentAmount", Num(1_800_000_000)), ("investmentCurrency", Text("USD")));
        yield return Entity("khorgos-container-terminal", EntityKind.Project, "Khorgos container terminal", null, [],
            ("sector", Text("Logistics")), ("startYear", Int(2016)));

        yield return Entity("ktz", EntityKind.Company, "Kazakhstan Temir Zholy", "National railway company of Kazakhstan.", ["KTZ"],
            ("country", Text("Kazakhstan")), ("ownership", Text("State")), ("foundedYear", Int(1997)), ("industry", Text("Railways")));
        yield return Entity("ktz-express", EntityKind.Company, "KTZ Express", null, [], ("country", Text("Kazakhstan")), ("ownership", Text("State")));
        yield return Entity("cosco-shipping", EntityKind.Company, "COSCO Shipping", null, [], ("country", Text("China")), ("ownership", Text("State")));
        yield return Entity("lianyungang-port", EntityKind.Company, "Lianyungang Port Holdings", null, [], ("country", Text("China")), ("ownership", Text("State")));
        yield return Entity("cnpc", EntityKind.Company, "China National Petroleum Corporation", null, ["CNPC"], ("country", Text("China")), ("ownership", Text("State")));

        yield return Entity("belt-and-road", EntityKind.Initiative, "Belt and Road Initiative", "China's programme of overland and maritime corridors.", ["BRI", "One Belt One Road"],
            ("launchedYear", Int(2013)), ("scope", Text("global")));
        yield return Entity("nurly-zhol", EntityKind.Initiative, "Nurly Zhol", "Kazakhstan's infrastructure development programme.", [],
            ("launchedYear", Int(2014)), ("scope", Text("national")));
        yield return Entity("middle-corridor", EntityKind.Initiative, "Trans-Caspian International Transport Route", null, ["Middle Corridor", "TITR"],
            ("launchedYear", Int(2014)), ("scope", Text("regional")));

        yield return Entity("luban-workshop-astana", EntityKind.TrainingProgram, "Luban Workshop Astana", "Vocational training in railway operations.", [],
            ("field", Text("railway operations")), ("format", Text("dual training")), ("startYear", Int(2023)));

        yield return Entity("xi-jinping", EntityKind.Person, "Xi Jinping", null, [], ("title", Text("President of China")), ("country", Text("China")));
        yield return Entity("kassym-jomart-tokayev", EntityKind.Person, "Kassym-Jomart Tokayev", null, [],
            ("title", Text("President of Kazakhstan")), ("country", Text("Kazakhstan")));

        yield return Entity("eurasian-national-university", EntityKind.Organization, "Eurasian National University", null, [],
            ("country", Text("Kazakhstan")), ("organizationType", Text("university")));
        yield return Entity("tianjin-railway-college", EntityKind.Organization, "Tianjin Railway Technical and Vocational College", null, [],
            ("country", Text("China")), ("organizationType", Text("university")));
    }

    private static List<Relationship> Relationships() =>
    [
        Link("khorgos-in-almaty", RelationshipTypes.LocatedIn, "khorgos-gateway", "almaty-region"),
        Link("almaty-in-kazakhstan", RelationshipTypes.PartOf, "almaty-region", "kazakhstan"),
        Link("xinjiang-in-china", RelationshipTypes.PartOf, "xinjiang", "china"),
        Link("mangystau-in-kazakhstan", RelationshipTypes.PartOf, "mangystau-region", "kazakhstan"),
        Link("khorgos-operated-by-ktz", RelationshipTypes.OperatedBy, "khorgos-gateway", "ktz") with { Role = "operator", SinceYear = 2015 },
        Link("khorgos-owned-by-cosco", RelationshipTypes.OwnedBy, "khorgos-gateway", "cosco-shipping") with
        {
            Role = "shareholder", SinceYear = 2017, Amount = 24.5, Currency = "percent", Note = "Stake bought together with Lianyungang Port.",
            Confidence = Confidence.Reported, SourceKeys = [Wire, Government],
        },
        Link("khorgos-owned-by-lianyungang", RelationshipTypes.OwnedBy, "khorgos-gateway", "lianyungang-port") with { Role = "shareholder", SinceYear = 2017 },
        Link("khorgos-owned-by-ktz", RelationshipTypes.OwnedBy, "khorgos-gateway", "ktz") with { Role = "shareholder", SinceYear = 2015 },
        Link("khorgos-under-bri", RelationshipTypes.BelongsTo, "khorgos-gateway", "belt-and-road"),
        Link("khorgos-under-nurly-zhol", RelationshipTypes.BelongsTo, "khorgos-gateway", "nurly-zhol", Government),
        Link("terminal-part-of-khorgos", RelationshipTypes.PartOf, "khorgos-container-terminal", "khorgos-gateway"),
        Link("terminal-in-almaty", RelationshipTypes.LocatedIn, "khorgos-container-terminal", "almaty-region"),
        Link("wewc-connects-china", RelationshipTypes.Connects, "western-europe-western-china", "china"),
        Link("wewc-connects-kazakhstan", RelationshipTypes.Connects, "western-europe-western-china", "kazakhstan"),
        Link("wewc-in-kazakhstan", RelationshipTypes.LocatedIn, "western-europe-western-china", "kazakhstan"),
        Link("zhb-in-kazakhstan", RelationshipTypes.LocatedIn, "zhezkazgan-beineu-railway", "kazakhstan"),
        Link("zhb-built-by-ktz", RelationshipTypes.BuiltBy, "zhezkazgan-beineu-railway", "ktz") with { Role = "general contractor", SinceYear = 2012, UntilYear = 2016 },
        Link("zhb-under-middle-corridor", RelationshipTypes.BelongsTo, "zhezkazgan-beineu-railway", "middle-corridor"),
        Link("aktau-in-mangystau", RelationshipTypes.LocatedIn, "aktau-container-hub", "mangystau-region"),
        Link("aktau-funded-by-cosco", RelationshipTypes.FundedBy, "aktau-container-hub", "cosco-shipping") with { Amount = 50_000_000, Currency = "USD", Confidence = Confidence.Reported },
        Link("shymkent-in-kazakhstan", RelationshipTypes.LocatedIn, "shymkent-refinery-upgrade", "kazakhstan"),
        Link("shymkent-owned-by-cnpc", RelationshipTypes.OwnedBy, "shymkent-refinery-upgrade", "cnpc") with { Role = "shareholder", Amount = 50, Currency = "percent" },
        Link("ktz-express-owned-by-ktz", RelationshipTypes.OwnedBy, "ktz-express", "ktz") with { Role = "parent company" },
        Link("ktz-partner-of-lianyungang", RelationshipTypes.PartnerOf, "ktz", "lianyungang-port"),
        Link("bri-proposed-by-xi", RelationshipTypes.ProposedBy, "belt-and-road", "xi-jinping", Speech) with { SinceYear = 2013, Note = "Announced at Nazarbayev University, Astana." },
        Link("nurly-zhol-aligned-with-bri", RelationshipTypes.AlignedWith, "nurly-zhol", "belt-and-road", Government) with { SinceYear = 2016 },
        Link("kazakhstan-member-of-middle-corridor", RelationshipTypes.MemberOf, "kazakhstan", "middle-corridor"),
        Link("china-member-of-bri", RelationshipTypes.MemberOf, "china", "belt-and-road"),
        Link("tokayev-leads-kazakhstan", RelationshipTypes.LeaderOf, "kassym-jomart-tokayev", "kazakhstan") with { SinceYear = 2019 },
        Link("xi-leads-china", RelationshipTypes.LeaderOf, "xi-jinping", "china") with { SinceYear = 2013 },
        Link("luban-provided-by-enu", RelationshipTypes.ProvidedBy, "luban-workshop-astana", "eurasian-national-university") with { Role = "host" },
        Link("luban-provided-by-tianjin", RelationshipTypes.ProvidedBy, "luban-workshop-astana", "tianjin-railway-college") with { Role = "partner college" },
        Link("luban-trains-for-ktz", RelationshipTypes.TrainsFor, "luban-workshop-astana", "ktz"),
        Link("luban-under-bri", RelationshipTypes.BelongsTo, "luban-workshop-astana", "belt-and-road"),
    ];

    private static Entity Region(string key, string name, string level, params (string Name, PropertyValue Value)[] properties) =>
        Entity(key, EntityKind.Region, name, null, [], [("level", Text(level)), .. properties]);

    private static Entity Entity(
        string key, EntityKind kind, string name, string? description, string[] aliases, params (string Name, PropertyValue Value)[] properties) => new()
        {
            Key = key,
            Kind = kind,
            Name = name,
            Description = description,
            Aliases = aliases,
            SourceKeys = [Wire],
            Properties = properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
        };

    private static Relationship Link(string key, string type, string from, string to, string source = Wire) => new()
    {
        Key = key,
        Type = type,
        FromKey = from,
        ToKey = to,
        SourceKeys = [source],
    };

    private static PropertyValue Text(string value) => PropertyValue.FromText(value);

    private static PropertyValue Int(long value) => PropertyValue.FromInteger(value);

    private static PropertyValue Num(double value) => PropertyValue.FromNumber(value);
}
