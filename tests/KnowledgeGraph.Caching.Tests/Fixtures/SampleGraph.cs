using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>A small piece of the Kazakhstan–China graph: the Khorgos dry port, its region, operator and initiative.</summary>
public static class SampleGraph
{
    public const string SourceKey = "seed-article";
    public const string Kazakhstan = "kazakhstan";
    public const string Zhetysu = "zhetysu-region";
    public const string DryPort = "khorgos-dry-port";
    public const string Ktz = "kazakhstan-temir-zholy";
    public const string BeltAndRoad = "belt-and-road-initiative";
    public const string Academy = "khorgos-logistics-academy";

    public static GraphChangeSet Initial { get; } = new()
    {
        UpsertSources = [new Source { Key = SourceKey, Title = "Kazakhstan and China: the links", Publisher = "Test desk" }],
        UpsertEntities =
        [
            new EntityUpsert(Region(Kazakhstan, "Kazakhstan", "Country")),
            new EntityUpsert(Region(Zhetysu, "Zhetysu Region", "Province")),
            new EntityUpsert(new Entity
            {
                Key = DryPort,
                Kind = EntityKind.Project,
                Name = "Khorgos Gateway dry port",
                Aliases = ["KTZE Khorgos Gateway"],
                SourceKeys = [SourceKey],
                Properties = new Dictionary<string, PropertyValue>
                {
                    ["sector"] = PropertyValue.FromText("Logistics"),
                    ["startYear"] = PropertyValue.FromInteger(2015),
                    ["capacity"] = PropertyValue.FromNumber(540000.0),
                },
            }),
            new EntityUpsert(new Entity { Key = Ktz, Kind = EntityKind.Company, Name = "Kazakhstan Temir Zholy", SourceKeys = [SourceKey] }),
            new EntityUpsert(new Entity { Key = BeltAndRoad, Kind = EntityKind.Initiative, Name = "Belt and Road Initiative", SourceKeys = [SourceKey] }),
        ],
        UpsertRelationships =
        [
            Link("dry-port-in-zhetysu", RelationshipTypes.LocatedIn, DryPort, Zhetysu),
            Link("zhetysu-part-of-kazakhstan", RelationshipTypes.PartOf, Zhetysu, Kazakhstan),
            Link("dry-port-operated-by-ktz", RelationshipTypes.OperatedBy, DryPort, Ktz) with { Role = "operator", SinceYear = 2015 },
            Link("dry-port-belongs-to-bri", RelationshipTypes.BelongsTo, DryPort, BeltAndRoad) with { Confidence = Confidence.Reported },
        ],
    };

    /// <summary>A training programme linked to the dry port: changes the dry port's neighbourhood and relationships.</summary>
    public static GraphChangeSet AddAcademy { get; } = new()
    {
        UpsertEntities = [new EntityUpsert(new Entity { Key = Academy, Kind = EntityKind.TrainingProgram, Name = "Khorgos logistics academy", SourceKeys = [SourceKey] })],
        UpsertRelationships = [Link("academy-trains-for-dry-port", RelationshipTypes.TrainsFor, Academy, DryPort)],
    };

    /// <summary>Renames the operator; every answer that shows it must show the new name.</summary>
    public static GraphChangeSet RenameKtz(string name) => new()
    {
        UpsertEntities = [new EntityUpsert(new Entity { Key = Ktz, Kind = EntityKind.Company, Name = name, SourceKeys = [SourceKey] })],
    };

    private static Entity Region(string key, string name, string level) => new()
    {
        Key = key,
        Kind = EntityKind.Region,
        Name = name,
        SourceKeys = [SourceKey],
        Properties = new Dictionary<string, PropertyValue> { ["level"] = PropertyValue.FromText(level) },
    };

    private static Relationship Link(string key, string type, string from, string to) =>
        new() { Key = key, Type = type, FromKey = from, ToKey = to, SourceKeys = [SourceKey] };
}
