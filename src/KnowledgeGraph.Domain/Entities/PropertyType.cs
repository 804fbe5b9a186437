namespace KnowledgeGraph.Domain.Entities;

public enum PropertyType
{
    Text,
    Integer,
    Number,
}
