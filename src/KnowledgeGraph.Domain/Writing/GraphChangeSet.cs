using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// A set of writes applied in one transaction: all or nothing. Stores apply, in order: source upserts, entity
/// upserts, relationship upserts, relationship deletes, entity deletes (which also delete the entity's
/// relationships), source deletes. An upsert equal to what is stored changes nothing, not even the version.
/// </summary>
/// <remarks>
/// An upsert replaces whatever the store holds under its key. A create that must not replace says so: an entity with
/// <see cref="EntityUpsert.ExpectedVersion"/> 0, a source or relationship by listing its key in
/// <see cref="CreateOnlySourceKeys"/> or <see cref="CreateOnlyRelationshipKeys"/>. Stores check these inside the write
/// transaction, against what is stored when the change set starts, so two writers racing for one key cannot both
/// succeed: a taken source or relationship key fails the whole change set with a <see cref="Errors.ValidationException"/>
/// whose error has the code <c>DUPLICATE_KEY</c> and the path of the upsert's key (<c>upsertSources[2].key</c>), and
/// nothing is written. Every listed key must be the key of an upsert of its kind in the same change set
/// (<see cref="CreateOnlyKeys"/>). Callers that leave the lists empty keep plain create-or-replace.
/// </remarks>
public sealed record GraphChangeSet
{
    public IReadOnlyList<Source> UpsertSources { get; init; } = [];

    public IReadOnlyList<EntityUpsert> UpsertEntities { get; init; } = [];

    public IReadOnlyList<Relationship> UpsertRelationships { get; init; } = [];

    public IReadOnlyList<string> DeleteRelationshipKeys { get; init; } = [];

    public IReadOnlyList<string> DeleteEntityKeys { get; init; } = [];

    public IReadOnlyList<string> DeleteSourceKeys { get; init; } = [];

    /// <summary>Keys of <see cref="UpsertSources"/> that must not be stored yet: these upserts create, never replace.</summary>
    public IReadOnlyList<string> CreateOnlySourceKeys { get; init; } = [];

    /// <summary>Keys of <see cref="UpsertRelationships"/> that must not be stored yet: these upserts create, never replace.</summary>
    public IReadOnlyList<string> CreateOnlyRelationshipKeys { get; init; } = [];

    /// <summary>Who makes the change and why, for the change history.</summary>
    public ChangeAuthor? Author { get; init; }

    /// <summary>
    /// Told how far the store has come while it applies the set, from inside the write transaction, so a long import
    /// can show its progress; reports come every so many records and at the end of each stage. A store may report
    /// nothing. Not part of what is written.
    /// </summary>
    public IProgress<GraphWriteProgress>? Progress { get; init; }

    /// <summary>How many upserts and deletes the set holds: the total of <see cref="GraphWriteStage.Records"/>.</summary>
    public long RecordCount =>
        (long)UpsertSources.Count + UpsertEntities.Count + UpsertRelationships.Count +
        DeleteRelationshipKeys.Count + DeleteEntityKeys.Count + DeleteSourceKeys.Count;

    /// <summary>
    /// True when there is nothing to apply. Create-only keys count: listed without their upserts they are an error the
    /// store must report, not a no-op.
    /// </summary>
    public bool IsEmpty =>
        UpsertSources.Count == 0 && UpsertEntities.Count == 0 && UpsertRelationships.Count == 0 &&
        DeleteRelationshipKeys.Count == 0 && DeleteEntityKeys.Count == 0 && DeleteSourceKeys.Count == 0 &&
        CreateOnlySourceKeys.Count == 0 && CreateOnlyRelationshipKeys.Count == 0;
}
