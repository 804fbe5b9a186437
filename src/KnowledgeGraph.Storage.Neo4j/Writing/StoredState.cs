using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>What the store holds of the keys a change set touches, read inside the change set's transaction.</summary>
public sealed record StoredState(
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, Relationship> Relationships)
{
    public static readonly StoredState Empty = new(
        new Dictionary<string, Source>(), new Dictionary<string, Entity>(), new Dictionary<string, Relationship>());
}
