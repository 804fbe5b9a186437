using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

public sealed record GraphStatistics(
    IReadOnlyDictionary<EntityKind, int> EntitiesByKind,
    IReadOnlyDictionary<string, int> RelationshipsByType,
    int SourceCount,
    long GraphVersion)
{
    public int EntityCount => EntitiesByKind.Values.Sum();

    public int RelationshipCount => RelationshipsByType.Values.Sum();
}
