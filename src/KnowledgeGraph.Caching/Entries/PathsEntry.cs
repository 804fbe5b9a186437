using System.ComponentModel;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Entries;

/// <summary>Cached paths between two entities. Immutable, so the in-process cache hands out the same instance.</summary>
[ImmutableObject(true)]
public sealed class PathsEntry(IReadOnlyList<GraphPath> paths)
{
    public IReadOnlyList<GraphPath> Paths { get; } = paths;
}
