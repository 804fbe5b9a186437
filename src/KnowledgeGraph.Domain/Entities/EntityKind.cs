namespace KnowledgeGraph.Domain.Entities;

/// <summary>The kinds of node the graph holds. The names double as GraphQL type names and global-id prefixes.</summary>
public enum EntityKind
{
    Project,
    Region,
    Company,
    Initiative,
    TrainingProgram,
    Person,
    Organization,
}
