using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.History;

/// <summary>
/// One page of a subject's history, newest first. Keys are unique within a subject kind only (an entity and a source
/// may share one), so <see cref="SubjectKind"/> narrows the query; null reads every kind.
/// </summary>
public sealed record ChangeHistoryQuery
{
    public required string SubjectKey { get; init; }

    public ChangeSubjectKind? SubjectKind { get; init; }

    /// <summary>Only changes with a smaller <see cref="ChangeRecord.Sequence"/>: the cursor of the next page.</summary>
    public long? BeforeSequence { get; init; }

    public int Take { get; init; } = 20;

    /// <summary>Throws a <see cref="ValidationException"/> naming the bad value.</summary>
    public void Validate()
    {
        if (string.IsNullOrEmpty(SubjectKey))
        {
            throw new ValidationException("subjectKey", ValidationCodes.Required, "A history query needs the subject's key.");
        }

        if (Take < 0)
        {
            throw new ValidationException("take", ValidationCodes.OutOfRange, $"take must not be negative; {Take} was given.");
        }
    }
}
