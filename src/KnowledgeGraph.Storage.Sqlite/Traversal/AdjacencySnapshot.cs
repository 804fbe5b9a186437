using KnowledgeGraph.Domain.Traversal.Algorithms;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>An adjacency index version: the graph version it answers for and the last change-log sequence it holds.</summary>
public sealed record AdjacencySnapshot(long Version, long Sequence, AdjacencyIndex Index);
