using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.GraphQL.Tests.History;

/// <summary>A history port decorator that counts the batched reads behind the <c>history(first:)</c> fields.</summary>
public sealed class CountingChangeHistory(IChangeHistory inner) : IChangeHistory
{
    private int _recentCalls;

    public int RecentCalls => _recentCalls;

    public Task<ChangeHistoryPage> GetHistoryAsync(ChangeHistoryQuery query, CancellationToken cancellationToken = default) =>
        inner.GetHistoryAsync(query, cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetRecentChangesAsync(
        IReadOnlyCollection<string> subjectKeys, ChangeSubjectKind subjectKind, int takePerSubject, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _recentCalls);
        return inner.GetRecentChangesAsync(subjectKeys, subjectKind, takePerSubject, cancellationToken);
    }
}
