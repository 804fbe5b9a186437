using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// What an <see cref="AdjacencyIndex"/> needs to know of one or more committed writes: for every entity and
/// relationship they touched, its state afterwards (kind; type and ends) or that it is gone. Setting a key twice keeps
/// the last state, so change sets can be merged in commit order.
/// </summary>
public sealed class AdjacencyChanges
{
    private readonly Dictionary<string, EntityKind?> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdjacencyRelationship?> _relationships = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EntityKind?> Entities => _entities;

    public IReadOnlyDictionary<string, AdjacencyRelationship?> Relationships => _relationships;

    public int Count => _entities.Count + _relationships.Count;

    public AdjacencyChanges SetEntity(string key, EntityKind kind)
    {
        _entities[key] = kind;
        return this;
    }

    public AdjacencyChanges RemoveEntity(string key)
    {
        _entities[key] = null;
        return this;
    }

    public AdjacencyChanges SetRelationship(string key, string type, string fromKey, string toKey)
    {
        _relationships[key] = new AdjacencyRelationship(type, fromKey, toKey);
        return this;
    }

    public AdjacencyChanges RemoveRelationship(string key)
    {
        _relationships[key] = null;
        return this;
    }
}
