namespace KnowledgeGraph.Domain.History;

/// <summary>What a recorded change is about.</summary>
public enum ChangeSubjectKind
{
    Entity,
    Relationship,
    Source,
}
