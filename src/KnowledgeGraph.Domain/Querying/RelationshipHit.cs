using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// A relationship seen from one anchor entity: <see cref="Direction"/> is <see cref="RelationshipDirection.Outgoing"/>
/// when the anchor is the relationship's start, and <see cref="Neighbour"/> is the entity at the other end.
/// </summary>
public sealed record RelationshipHit(string AnchorKey, Relationship Relationship, RelationshipDirection Direction, Entity Neighbour);
