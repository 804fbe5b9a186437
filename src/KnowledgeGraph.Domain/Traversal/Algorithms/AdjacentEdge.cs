namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// A relationship seen from one anchor entity: <see cref="NeighbourKey"/> is the entity at its other end and
/// <see cref="Outgoing"/> is true when the anchor is the relationship's start. A self-relationship is reported once,
/// as outgoing, with the anchor as its own neighbour.
/// </summary>
public readonly record struct AdjacentEdge(string RelationshipKey, string NeighbourKey, bool Outgoing);
