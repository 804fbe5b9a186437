using KnowledgeGraph.Domain.History;

namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// The change-history port, implemented by each graph store next to <see cref="IGraphStore"/>: every change a store
/// applies is recorded in the same transaction, and stays readable after its subject is deleted. It is a port of its
/// own so that caching decorators of <see cref="IGraphStore"/> cannot serve it stale: history is read from the store.
/// </summary>
public interface IChangeHistory
{
    /// <summary>The subject's changes, newest first. An unknown key has an empty history, not an error.</summary>
    Task<ChangeHistoryPage> GetHistoryAsync(ChangeHistoryQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest <paramref name="takePerSubject"/> changes of each of many subjects of one kind, in one call, so that a
    /// list of parents costs one read; each subject's changes come newest first, subjects in no particular order.
    /// </summary>
    Task<IReadOnlyList<ChangeRecord>> GetRecentChangesAsync(
        IReadOnlyCollection<string> subjectKeys, ChangeSubjectKind subjectKind, int takePerSubject, CancellationToken cancellationToken = default);
}
