using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal;

/// <summary>
/// What surrounds <see cref="RootKey"/>: every entity within <see cref="Depth"/> hops, following only the given
/// relationship types and direction, keeping only the given kinds (the root is always kept). At most
/// <see cref="MaxExpansionPerNode"/> relationships are followed from any one entity and at most <see cref="Limit"/>
/// entities are returned; when either cap cuts something off, the result is marked truncated.
/// </summary>
public sealed record NeighborhoodSpec
{
    public required string RootKey { get; init; }

    public int Depth { get; init; } = 1;

    public IReadOnlySet<string>? RelationshipTypes { get; init; }

    public RelationshipDirection Direction { get; init; } = RelationshipDirection.Both;

    public IReadOnlySet<EntityKind>? Kinds { get; init; }

    public int Limit { get; init; } = 100;

    public int MaxExpansionPerNode { get; init; } = 50;
}
