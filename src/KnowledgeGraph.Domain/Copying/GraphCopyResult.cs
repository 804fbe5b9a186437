namespace KnowledgeGraph.Domain.Copying;

/// <summary>How many items were read from the source store, and the target's graph version afterwards.</summary>
public sealed record GraphCopyResult(int Sources, int Entities, int Relationships, long TargetGraphVersion);
