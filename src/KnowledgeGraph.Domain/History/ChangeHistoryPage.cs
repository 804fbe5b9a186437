namespace KnowledgeGraph.Domain.History;

/// <summary>A page of history, newest first; <see cref="TotalCount"/> counts the subject's whole history, not only this page.</summary>
public sealed record ChangeHistoryPage(IReadOnlyList<ChangeRecord> Items, int TotalCount, bool HasMore);
