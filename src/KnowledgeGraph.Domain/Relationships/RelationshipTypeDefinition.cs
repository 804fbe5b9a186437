using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Relationships;

/// <summary>
/// A relationship type: its name (UPPER_SNAKE, also the Neo4j relationship type), which kinds may stand at
/// each end, and a reading of it in each direction for people ("located in" / "location of").
/// </summary>
public sealed record RelationshipTypeDefinition(
    string Name,
    string Description,
    IReadOnlySet<EntityKind> FromKinds,
    IReadOnlySet<EntityKind> ToKinds,
    string ForwardLabel,
    string InverseLabel)
{
    public bool Allows(EntityKind from, EntityKind to) => FromKinds.Contains(from) && ToKinds.Contains(to);
}
