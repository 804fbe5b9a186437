namespace KnowledgeGraph.Domain.History;

public enum ChangeOperation
{
    Created,
    Updated,
    Deleted,
}
