using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// A set of writes applied in one transaction: all or nothing. Stores apply, in order: source upserts, entity
/// upserts, relationship upserts, relationship deletes, entity deletes (which also delete the entity's
/// relationships), source deletes. An upsert equal to what is stored changes nothing, not even the version.
/// </summary>
public sealed record GraphChangeSet
{
    public IReadOnlyList<Source> UpsertSources { get; init; } = [];

    public IReadOnlyList<EntityUpsert> UpsertEntities { get; init; } = [];

    public IReadOnlyList<Relationship> UpsertRelationships { get; init; } = [];

    public IReadOnlyList<string> DeleteRelationshipKeys { get; init; } = [];

    public IReadOnlyList<string> DeleteEntityKeys { get; init; } = [];

    public IReadOnlyList<string> DeleteSourceKeys { get; init; } = [];

    /// <summary>Who makes the change and why, for the change history.</summary>
    public ChangeAuthor? Author { get; init; }

    public bool IsEmpty =>
        UpsertSources.Count == 0 && UpsertEntities.Count == 0 && UpsertRelationships.Count == 0 &&
        DeleteRelationshipKeys.Count == 0 && DeleteEntityKeys.Count == 0 && DeleteSourceKeys.Count == 0;
}
