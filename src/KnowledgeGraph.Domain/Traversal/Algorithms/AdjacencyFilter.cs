using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// Which relationships an <see cref="IAdjacencySource"/> reports: only the given types (null: all), followed in the
/// given direction from the anchor, and only those whose other end is of one of the given kinds (null: all).
/// </summary>
public sealed record AdjacencyFilter(
    IReadOnlySet<string>? Types = null,
    RelationshipDirection Direction = RelationshipDirection.Both,
    IReadOnlySet<EntityKind>? NeighbourKinds = null)
{
    public static AdjacencyFilter Undirected(IReadOnlySet<string>? types) => new(types);
}
