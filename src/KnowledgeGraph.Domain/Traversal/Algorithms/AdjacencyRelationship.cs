namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>What the adjacency index keeps of a relationship besides its key.</summary>
public readonly record struct AdjacencyRelationship(string Type, string FromKey, string ToKey);
