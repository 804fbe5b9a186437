using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Tests.Validation;

/// <summary>Small valid records for tests to start from and break one rule at a time.</summary>
internal static class ChangeSets
{
    public const string SourceKey = "article";

    public static Source Source(string key = SourceKey) => new()
    {
        Key = key,
        Title = "Kazakhstan and China",
        Publisher = "China Studies Center",
        Url = "https://example.org/article",
    };

    public static Entity Entity(
        string key, EntityKind kind, Dictionary<string, PropertyValue>? properties = null, params string[] sources) => new()
        {
            Key = key,
            Kind = kind,
            Name = key.Replace('-', ' '),
            SourceKeys = sources.Length == 0 ? [SourceKey] : sources,
            Properties = properties ?? [],
        };

    public static Relationship Relationship(string type, string from, string to, string? key = null) => new()
    {
        Key = key ?? $"{from}-{type.ToLowerInvariant().Replace('_', '-')}-{to}",
        Type = type,
        FromKey = from,
        ToKey = to,
        SourceKeys = [SourceKey],
    };

    /// <summary>A valid change set: a source, a project, a region and the project located in the region.</summary>
    public static GraphChangeSet Valid() => new()
    {
        UpsertSources = [Source()],
        UpsertEntities =
        [
            new EntityUpsert(Entity("khorgos-eastern-gate", EntityKind.Project,
                new() { ["sector"] = PropertyValue.FromText("Logistics"), ["startYear"] = PropertyValue.FromInteger(2011) })),
            new EntityUpsert(Entity("khorgos", EntityKind.Region, new() { ["level"] = PropertyValue.FromText("Locality") })),
        ],
        UpsertRelationships = [Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "khorgos")],
    };

    public static GraphChangeSet WithEntity(Entity entity) => Valid() with
    {
        UpsertEntities = [.. Valid().UpsertEntities, new EntityUpsert(entity)],
    };

    public static GraphChangeSet WithRelationship(Relationship relationship) => Valid() with
    {
        UpsertRelationships = [.. Valid().UpsertRelationships, relationship],
    };

    public static GraphChangeSet WithSource(Source source) => Valid() with
    {
        UpsertSources = [.. Valid().UpsertSources, source],
    };
}
