namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// The keys of a neighbourhood: entities ordered by distance from the root (the root first), then by key;
/// relationships ordered by key.
/// </summary>
public sealed record NeighborhoodResult(IReadOnlyList<string> NodeKeys, IReadOnlyList<string> RelationshipKeys, bool Truncated);
