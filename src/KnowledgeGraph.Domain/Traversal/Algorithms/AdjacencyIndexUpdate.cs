using System.Collections.Immutable;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// Derives the next <see cref="AdjacencyIndex"/> version from one and an <see cref="AdjacencyChanges"/>: touched
/// adjacency lists are copied, edited in place (kept sorted by neighbour key, then relationship key) and stored in a
/// new overlay; everything untouched is shared with the source version. The result equals a full build of the
/// changed graph, including its rule that a relationship whose ends are not both present is left out.
/// </summary>
internal sealed class AdjacencyIndexUpdate
{
    private readonly AdjacencyBase _base;
    private readonly ImmutableDictionary<string, int>.Builder _nodeIds;
    private readonly ImmutableDictionary<int, string>.Builder _nodeKeys;
    private readonly ImmutableDictionary<int, EntityKind>.Builder _kinds;
    private readonly ImmutableDictionary<int, AdjacencyIndex.Entry[]>.Builder _edges;
    private readonly ImmutableDictionary<string, int>.Builder _relationshipIds;
    private readonly ImmutableDictionary<int, AdjacencyOverlay.RelationshipRecord>.Builder _relationships;
    private readonly ImmutableDictionary<string, byte>.Builder _typeIds;
    private readonly Dictionary<int, List<AdjacencyIndex.Entry>> _touched = [];
    private readonly IComparer<AdjacencyIndex.Entry> _order;
    private int _nextNodeId;
    private int _nextRelationshipId;
    private int _entityCount;
    private int _relationshipCount;

    public AdjacencyIndexUpdate(AdjacencyIndex source)
    {
        _base = source.Base;
        var overlay = source.Overlay;
        _nodeIds = overlay.NodeIds.ToBuilder();
        _nodeKeys = overlay.NodeKeys.ToBuilder();
        _kinds = overlay.Kinds.ToBuilder();
        _edges = overlay.Edges.ToBuilder();
        _relationshipIds = overlay.RelationshipIds.ToBuilder();
        _relationships = overlay.Relationships.ToBuilder();
        _typeIds = overlay.TypeIds.ToBuilder();
        _nextNodeId = overlay.NextNodeId;
        _nextRelationshipId = overlay.NextRelationshipId;
        _entityCount = overlay.EntityCount;
        _relationshipCount = overlay.RelationshipCount;
        _order = Comparer<AdjacencyIndex.Entry>.Create(Compare);
    }

    public AdjacencyIndex Apply(AdjacencyChanges changes)
    {
        // Old relationship ends go first, so that a relationship moved between entities is placed anew below.
        foreach (var key in changes.Relationships.Keys)
        {
            RemoveRelationship(key);
        }

        foreach (var (key, kind) in changes.Entities)
        {
            if (kind is { } live)
            {
                SetNode(key, live);
            }
            else
            {
                RemoveNode(key);
            }
        }

        foreach (var (key, relationship) in changes.Relationships)
        {
            if (relationship is { } live)
            {
                AddRelationship(key, live);
            }
        }

        foreach (var (node, list) in _touched)
        {
            _edges[node] = [.. list];
        }

        return new AdjacencyIndex(_base, new AdjacencyOverlay(
            _nodeIds.ToImmutable(), _nodeKeys.ToImmutable(), _kinds.ToImmutable(), _edges.ToImmutable(),
            _relationshipIds.ToImmutable(), _relationships.ToImmutable(), _typeIds.ToImmutable(),
            _nextNodeId, _nextRelationshipId, _entityCount, _relationshipCount));
    }

    private void SetNode(string key, EntityKind kind)
    {
        if (TryGetNode(key, out var node))
        {
            if (KindOf(node) != kind)
            {
                _kinds[node] = kind;
            }

            return;
        }

        node = _nextNodeId++;
        _nodeIds[key] = node;
        _nodeKeys[node] = key;
        _kinds[node] = kind;
        _touched[node] = [];
        _entityCount++;
    }

    private void RemoveNode(string key)
    {
        if (!TryGetNode(key, out var node))
        {
            return;
        }

        // A relationship needs both ends: the store deletes an entity's relationships with it, and so does the index.
        foreach (var entry in EdgesOf(node).ToArray())
        {
            if (entry.Neighbour != node)
            {
                EdgesOf(entry.Neighbour).RemoveAll(e => e.Relationship == entry.Relationship);
            }

            ForgetRelationship(entry.Relationship);
        }

        _touched[node] = [];
        _kinds.Remove(node);
        _nodeKeys.Remove(node);

        Forget(_nodeIds, key, _base.Ids.ContainsKey(key));
        _entityCount--;
    }

    private void RemoveRelationship(string key)
    {
        if (!TryGetRelationship(key, out var relationship))
        {
            return;
        }

        var (from, to) = relationship < _base.RelationshipKeys.Length
            ? (_base.RelationshipFrom[relationship], _base.RelationshipTo[relationship])
            : (_relationships[relationship].From, _relationships[relationship].To);
        EdgesOf(from).RemoveAll(e => e.Relationship == relationship);
        if (to != from)
        {
            EdgesOf(to).RemoveAll(e => e.Relationship == relationship);
        }

        ForgetRelationship(relationship);
    }

    private void AddRelationship(string key, AdjacencyRelationship relationship)
    {
        if (!TryGetNode(relationship.FromKey, out var from) || !TryGetNode(relationship.ToKey, out var to))
        {
            return;
        }

        var type = TypeId(relationship.Type);
        var id = _nextRelationshipId++;
        _relationshipIds[key] = id;
        _relationships[id] = new AdjacencyOverlay.RelationshipRecord(key, from, to, type);
        Insert(from, new AdjacencyIndex.Entry(to, id, type, Outgoing: true));
        if (to != from)
        {
            Insert(to, new AdjacencyIndex.Entry(from, id, type, Outgoing: false));
        }

        _relationshipCount++;
    }

    private void ForgetRelationship(int relationship)
    {
        var key = RelationshipKey(relationship);
        _relationships.Remove(relationship);
        Forget(_relationshipIds, key, _base.RelationshipIds.ContainsKey(key));
        _relationshipCount--;
    }

    /// <summary>
    /// Drops a removed key from an overlay lookup; a key the build knew stays marked <see cref="AdjacencyOverlay.Removed"/>,
    /// or the lookup would fall back to the build's id.
    /// </summary>
    private static void Forget(ImmutableDictionary<string, int>.Builder ids, string key, bool knownToBuild)
    {
        if (knownToBuild)
        {
            ids[key] = AdjacencyOverlay.Removed;
        }
        else
        {
            ids.Remove(key);
        }
    }

    private void Insert(int node, AdjacencyIndex.Entry entry)
    {
        var list = EdgesOf(node);
        var at = list.BinarySearch(entry, _order);
        list.Insert(at < 0 ? ~at : at, entry);
    }

    private byte TypeId(string type)
    {
        if (_base.TypeIds.TryGetValue(type, out var id) || _typeIds.TryGetValue(type, out id))
        {
            return id;
        }

        var next = _base.TypeNames.Length + _typeIds.Count;
        if (next >= byte.MaxValue)
        {
            throw new InvalidOperationException(AdjacencyIndexBuilder.TooManyTypes);
        }

        _typeIds[type] = (byte)next;
        return (byte)next;
    }

    private List<AdjacencyIndex.Entry> EdgesOf(int node)
    {
        if (!_touched.TryGetValue(node, out var list))
        {
            list = _edges.TryGetValue(node, out var edges) ? [.. edges] : [.. _base.EdgesOf(node)];
            _touched[node] = list;
        }

        return list;
    }

    private bool TryGetNode(string key, out int node)
    {
        if (_nodeIds.TryGetValue(key, out node))
        {
            return node != AdjacencyOverlay.Removed;
        }

        return _base.Ids.TryGetValue(key, out node);
    }

    private bool TryGetRelationship(string key, out int relationship)
    {
        if (_relationshipIds.TryGetValue(key, out relationship))
        {
            return relationship != AdjacencyOverlay.Removed;
        }

        return _base.RelationshipIds.TryGetValue(key, out relationship);
    }

    private EntityKind KindOf(int node) => _kinds.TryGetValue(node, out var kind) ? kind : _base.Kinds[node];

    private string NodeKey(int node) => node < _base.NodeKeys.Length ? _base.NodeKeys[node] : _nodeKeys[node];

    private string RelationshipKey(int relationship) =>
        relationship < _base.RelationshipKeys.Length ? _base.RelationshipKeys[relationship] : _relationships[relationship].Key;

    private int Compare(AdjacencyIndex.Entry left, AdjacencyIndex.Entry right)
    {
        var byNeighbour = left.Neighbour == right.Neighbour ? 0 : string.CompareOrdinal(NodeKey(left.Neighbour), NodeKey(right.Neighbour));
        return byNeighbour != 0 ? byNeighbour : string.CompareOrdinal(RelationshipKey(left.Relationship), RelationshipKey(right.Relationship));
    }
}
