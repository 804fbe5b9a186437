namespace KnowledgeGraph.Domain.Relationships;

/// <summary>Which way a relationship is followed, seen from the entity it is read from.</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Both,
}
