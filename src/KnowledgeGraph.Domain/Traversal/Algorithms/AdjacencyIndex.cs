using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// An immutable in-memory adjacency index: for every entity, its relationships sorted by neighbour key, then
/// relationship key. A version is the compact arrays of the last full build (<see cref="AdjacencyBase"/>) plus the
/// changes applied since (<see cref="AdjacencyOverlay"/>); <see cref="Apply"/> returns the next version in time
/// proportional to the change and leaves this one untouched, so readers in flight keep a consistent snapshot.
/// Safe to read from many threads.
/// </summary>
public sealed class AdjacencyIndex : IAdjacencySource
{
    private readonly AdjacencyBase _base;
    private readonly AdjacencyOverlay _overlay;

    internal AdjacencyIndex(AdjacencyBase source)
        : this(source, AdjacencyOverlay.Empty(source))
    {
    }

    internal AdjacencyIndex(AdjacencyBase source, AdjacencyOverlay overlay)
    {
        _base = source;
        _overlay = overlay;
    }

    public int EntityCount => _overlay.EntityCount;

    public int RelationshipCount => _overlay.RelationshipCount;

    /// <summary>Entities whose adjacency differs from the last full build: what <see cref="Compact"/> would fold in.</summary>
    public int OverlaySize => _overlay.Edges.Count;

    internal AdjacencyBase Base => _base;

    internal AdjacencyOverlay Overlay => _overlay;

    public bool Contains(string key) => TryGetNode(key, out _);

    /// <summary>The next version: this one with <paramref name="changes"/> applied.</summary>
    public AdjacencyIndex Apply(AdjacencyChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Count == 0 ? this : new AdjacencyIndexUpdate(this).Apply(changes);
    }

    /// <summary>Builds the relationship-key lookup that updates need, so that the first update does not pay for it.</summary>
    public void PrepareForUpdates() => _ = _base.RelationshipIds;

    /// <summary>The same graph as compact arrays with an empty overlay (a full build from memory, not from the store).</summary>
    public AdjacencyIndex Compact()
    {
        var builder = new AdjacencyIndexBuilder(EntityCount, RelationshipCount);
        for (var node = 0; node < _overlay.NextNodeId; node++)
        {
            var key = NodeKey(node);
            if (key is not null && TryGetNode(key, out var live) && live == node)
            {
                builder.AddEntity(key, KindOf(node));
            }
        }

        var typeNames = TypeNames();
        for (var id = 0; id < _base.RelationshipKeys.Length; id++)
        {
            var key = _base.RelationshipKeys[id];
            if (!_overlay.RelationshipIds.ContainsKey(key))
            {
                builder.AddRelationship(key, typeNames[_base.RelationshipTypes[id]],
                    _base.NodeKeys[_base.RelationshipFrom[id]], _base.NodeKeys[_base.RelationshipTo[id]]);
            }
        }

        foreach (var (_, relationship) in _overlay.Relationships)
        {
            builder.AddRelationship(relationship.Key, typeNames[relationship.Type], NodeKey(relationship.From)!, NodeKey(relationship.To)!);
        }

        return builder.Build();
    }

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<AdjacentEdge>>> GetAdjacentAsync(
        IReadOnlyCollection<string> keys, AdjacencyFilter filter, int maxPerKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(filter);
        cancellationToken.ThrowIfCancellationRequested();

        bool[]? allowedTypes = null;
        if (filter.Types is not null)
        {
            allowedTypes = new bool[256];
            foreach (var type in filter.Types)
            {
                if (TryGetType(type, out var id))
                {
                    allowedTypes[id] = true;
                }
            }
        }

        var result = new Dictionary<string, IReadOnlyList<AdjacentEdge>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!TryGetNode(key, out var node) || result.ContainsKey(key))
            {
                continue;
            }

            List<AdjacentEdge>? edges = null;
            foreach (var entry in EdgesOf(node))
            {
                if (allowedTypes is not null && !allowedTypes[entry.Type])
                {
                    continue;
                }

                var selfLoop = entry.Neighbour == node;
                var passes = filter.Direction switch
                {
                    RelationshipDirection.Outgoing => entry.Outgoing,
                    RelationshipDirection.Incoming => !entry.Outgoing || selfLoop,
                    _ => true,
                };
                if (!passes || (filter.NeighbourKinds is not null && !filter.NeighbourKinds.Contains(KindOf(entry.Neighbour))))
                {
                    continue;
                }

                edges ??= [];
                edges.Add(new AdjacentEdge(RelationshipKey(entry.Relationship), NodeKey(entry.Neighbour)!, entry.Outgoing));
                if (edges.Count >= maxPerKey)
                {
                    break;
                }
            }

            if (edges is not null)
            {
                result[key] = edges;
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<AdjacentEdge>>>(result);
    }

    internal bool TryGetNode(string key, out int node)
    {
        if (!_overlay.NodeIds.IsEmpty && _overlay.NodeIds.TryGetValue(key, out node))
        {
            return node != AdjacencyOverlay.Removed;
        }

        return _base.Ids.TryGetValue(key, out node);
    }

    internal bool TryGetType(string type, out byte id) =>
        _base.TypeIds.TryGetValue(type, out id) || _overlay.TypeIds.TryGetValue(type, out id);

    internal ReadOnlySpan<Entry> EdgesOf(int node) =>
        !_overlay.Edges.IsEmpty && _overlay.Edges.TryGetValue(node, out var edges) ? edges : _base.EdgesOf(node);

    internal EntityKind KindOf(int node) =>
        !_overlay.Kinds.IsEmpty && _overlay.Kinds.TryGetValue(node, out var kind) ? kind : _base.Kinds[node];

    /// <summary>The key of a node id, live or not; null for an id never given out.</summary>
    internal string? NodeKey(int node) =>
        node < _base.NodeKeys.Length ? _base.NodeKeys[node] : _overlay.NodeKeys.GetValueOrDefault(node);

    internal string RelationshipKey(int relationship) =>
        relationship < _base.RelationshipKeys.Length ? _base.RelationshipKeys[relationship] : _overlay.Relationships[relationship].Key;

    private string[] TypeNames()
    {
        var names = new string[_base.TypeNames.Length + _overlay.TypeIds.Count];
        _base.TypeNames.CopyTo(names, 0);
        foreach (var (name, id) in _overlay.TypeIds)
        {
            names[id] = name;
        }

        return names;
    }

    /// <summary>One end of a relationship as stored for the entity at the other end.</summary>
    internal readonly record struct Entry(int Neighbour, int Relationship, byte Type, bool Outgoing);
}
