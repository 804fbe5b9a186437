namespace KnowledgeGraph.Domain.Writing;

/// <summary>Which end of a relationship a check is about.</summary>
public enum RelationshipEnd
{
    From,
    To,
}
