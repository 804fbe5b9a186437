namespace KnowledgeGraph.Domain.Copying;

/// <summary>Reported after each batch: which part is being copied and how many of it are done.</summary>
public sealed record GraphCopyProgress(string Part, int Copied);
