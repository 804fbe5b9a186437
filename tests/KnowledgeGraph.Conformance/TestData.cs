using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Conformance;

/// <summary>Builders for test sources, entities and relationships; every fact cites <see cref="DefaultSourceKey"/> unless told otherwise.</summary>
public static class TestData
{
    public const string DefaultSourceKey = "test-source";

    public static PropertyValue Text(string value) => PropertyValue.FromText(value);

    public static PropertyValue Int(long value) => PropertyValue.FromInteger(value);

    public static PropertyValue Num(double value) => PropertyValue.FromNumber(value);

    public static Source Source(string key = DefaultSourceKey, string? title = null) => new()
    {
        Key = key,
        Title = title ?? $"Test source {key}",
        Publisher = "Test Publisher",
        Url = $"https://example.org/{key}",
        PublishedOn = new DateOnly(2024, 5, 17),
    };

    public static Entity Entity(
        string key,
        EntityKind kind = EntityKind.Project,
        string? name = null,
        string? description = null,
        IReadOnlyList<string>? aliases = null,
        IReadOnlyList<string>? sourceKeys = null,
        params (string Name, PropertyValue Value)[] properties) => new()
        {
            Key = key,
            Kind = kind,
            Name = name ?? key,
            Description = description,
            Aliases = aliases ?? [],
            SourceKeys = sourceKeys ?? [DefaultSourceKey],
            Properties = properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
        };

    public static Relationship Relationship(
        string key, string type, string fromKey, string toKey, string? role = null, IReadOnlyList<string>? sourceKeys = null) => new()
        {
            Key = key,
            Type = type,
            FromKey = fromKey,
            ToKey = toKey,
            Role = role,
            SourceKeys = sourceKeys ?? [DefaultSourceKey],
        };

    /// <summary>A change set that upserts the default source plus the given entities and relationships.</summary>
    public static GraphChangeSet Graph(IEnumerable<Entity> entities, IEnumerable<Relationship>? relationships = null) => new()
    {
        UpsertSources = [Source()],
        UpsertEntities = entities.Select(e => new EntityUpsert(e)).ToList(),
        UpsertRelationships = relationships?.ToList() ?? [],
    };
}
