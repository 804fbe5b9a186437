using System.ComponentModel;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Entries;

/// <summary>A cached neighbourhood. Immutable, so the in-process cache hands out the same instance.</summary>
[ImmutableObject(true)]
public sealed class NeighborhoodEntry(Subgraph subgraph)
{
    public Subgraph Subgraph { get; } = subgraph;
}
