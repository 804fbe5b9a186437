using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.History;

/// <summary>The rule every store applies to <see cref="Ports.IChangeHistory.GetRecentChangesAsync"/> before reading anything.</summary>
public static class RecentChangesQuery
{
    /// <summary>
    /// True when there is nothing to read (no subjects, or none of their changes asked for); throws a
    /// <see cref="ValidationException"/> naming <c>takePerSubject</c> when it is negative.
    /// </summary>
    public static bool AsksForNothing(IReadOnlyCollection<string> subjectKeys, int takePerSubject)
    {
        ArgumentNullException.ThrowIfNull(subjectKeys);
        if (takePerSubject < 0)
        {
            throw new ValidationException("takePerSubject", ValidationCodes.OutOfRange, $"takePerSubject must not be negative; {takePerSubject} was given.");
        }

        return subjectKeys.Count == 0 || takePerSubject == 0;
    }
}
