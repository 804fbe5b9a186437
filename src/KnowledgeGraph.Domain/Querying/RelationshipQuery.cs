using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>Which relationships of a set of anchor entities to read; every criterion left null matches all.</summary>
public sealed record RelationshipQuery
{
    public IReadOnlySet<string>? Types { get; init; }

    public RelationshipDirection Direction { get; init; } = RelationshipDirection.Both;

    /// <summary>Restricts to relationships whose other end is of one of these kinds.</summary>
    public IReadOnlySet<EntityKind>? NeighbourKinds { get; init; }

    /// <summary>Exact match on <see cref="Relationship.Role"/>.</summary>
    public string? Role { get; init; }
}
