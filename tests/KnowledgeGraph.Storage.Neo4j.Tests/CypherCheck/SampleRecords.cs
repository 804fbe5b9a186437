using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// Records with every optional member set, so that the store's mappers write every property key they know: the rows
/// of the write statements, and the property keys of the check's schema.
/// </summary>
public static class SampleRecords
{
    public static Entity Entity(EntityKind kind, string key = "sample") => new()
    {
        Key = key,
        Kind = kind,
        Name = "Sample",
        Description = "Every property set.",
        Aliases = ["Alias"],
        SourceKeys = ["sample-source"],
        Properties = EntityKinds.Get(kind).Properties.ToDictionary(p => p.Name, p => Value(p.Type), StringComparer.Ordinal),
        Version = 1,
    };

    public static Relationship Relationship(RelationshipTypeDefinition type, string key = "sample-relationship") => new()
    {
        Key = key,
        Type = type.Name,
        FromKey = "from",
        ToKey = "to",
        Role = "operator",
        SinceYear = 2015,
        UntilYear = 2030,
        Amount = 1.5,
        Currency = "USD",
        Note = "Every property set.",
        Confidence = Confidence.Reported,
        SourceKeys = ["sample-source"],
    };

    public static Source Source(string key = "sample-source") => new()
    {
        Key = key,
        Title = "Sample",
        Publisher = "Publisher",
        Url = "https://example.org/sample",
        PublishedOn = new DateOnly(2024, 5, 17),
        AccessedOn = new DateOnly(2025, 1, 2),
    };

    /// <summary>An entity's update, as recorded: author, comment, version and both snapshots set.</summary>
    public static ChangeRecord Change()
    {
        var recorder = new ChangeRecorder();
        var before = Entity(EntityKind.Project);
        recorder.Record(ChangeSnapshot.Of(before), ChangeSnapshot.Of(before with { Name = "Renamed", Version = 2 }));
        return recorder.Complete(41, 9, new ChangeAuthor("sample-author", "sample comment"), new DateTimeOffset(2026, 3, 14, 13, 30, 5, TimeSpan.Zero)).Single();
    }

    /// <summary>Every property key the store writes, read off its mappers.</summary>
    public static IEnumerable<string> PropertyKeys() =>
        Enum.GetValues<EntityKind>().SelectMany(kind => EntityProperties.Of(Entity(kind), 1).Keys)
            .Concat(RelationshipTypes.All.SelectMany(type => RelationshipProperties.Of(Relationship(type)).Keys))
            .Concat(SourceProperties.Of(Source()).Keys)
            .Concat(ChangeMapper.ToProperties(Change()).Keys);

    private static PropertyValue Value(PropertyType type) => type switch
    {
        PropertyType.Text => PropertyValue.FromText("text"),
        PropertyType.Integer => PropertyValue.FromInteger(2015),
        _ => PropertyValue.FromNumber(12.5),
    };
}
