using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// How a streamed import ended: committed with its <see cref="Summary"/>, or rolled back because of
/// <see cref="ProblemCount"/> problems, the first of them in <see cref="Problems"/>. <see cref="RecordCount"/> is what
/// the parts held, read to the end either way.
/// </summary>
public sealed record ImportOutcome(ImportSummary? Summary, IReadOnlyList<ValidationError> Problems, int ProblemCount, bool HasReadErrors, long RecordCount)
{
    public bool Imported => Summary is not null;
}
