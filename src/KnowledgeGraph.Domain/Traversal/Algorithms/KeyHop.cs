namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>One step of a <see cref="KeyPath"/>: the relationship walked and whether it was walked from its start.</summary>
public readonly record struct KeyHop(string RelationshipKey, bool Forward);
