using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.History;

/// <summary>
/// One recorded change of one subject (an entity, a relationship or a source), written in the same transaction as the
/// change itself. A change set records at most one change per subject: its state before the set and after it.
/// </summary>
public sealed record ChangeRecord
{
    /// <summary>Store-wide number of the change; grows with every recorded change, so it orders the history.</summary>
    public required long Sequence { get; init; }

    public required ChangeSubjectKind SubjectKind { get; init; }

    public required string SubjectKey { get; init; }

    /// <summary>The entity's kind (after the change, or before a delete); null for relationships and sources.</summary>
    public EntityKind? EntityKind { get; init; }

    public required ChangeOperation Operation { get; init; }

    /// <summary>Who made the change; null when the change set named no author.</summary>
    public string? Author { get; init; }

    public string? Comment { get; init; }

    /// <summary>When the change was applied, in UTC.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The store's graph version after the change set.</summary>
    public required long GraphVersion { get; init; }

    /// <summary>The entity's version after the change; null for deletes and for relationships and sources.</summary>
    public long? Version { get; init; }

    /// <summary>The fields that differ between <see cref="Before"/> and <see cref="After"/>, named as <see cref="FieldDiff"/> names them.</summary>
    public IReadOnlyList<string> ChangedFields { get; init; } = [];

    /// <summary>The state before the change; null for a creation.</summary>
    public ChangeSnapshot? Before { get; init; }

    /// <summary>The state after the change; null for a deletion.</summary>
    public ChangeSnapshot? After { get; init; }
}
