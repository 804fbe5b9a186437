using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal;

/// <summary>A simple path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Hops[i]</c>.</summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<PathHop> Hops)
{
    public int Length => Hops.Count;
}
