namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>A path found by the algorithms, by keys only: <c>NodeKeys[i]</c> and <c>NodeKeys[i + 1]</c> are joined by <c>Hops[i]</c>.</summary>
public sealed record KeyPath(IReadOnlyList<string> NodeKeys, IReadOnlyList<KeyHop> Hops)
{
    public int Length => Hops.Count;
}
