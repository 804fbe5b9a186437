using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// An immutable in-memory adjacency index: for every entity, its relationships sorted by neighbour key, then
/// relationship key, stored as compact arrays (about 12 bytes per relationship end plus the key strings). Built once
/// by <see cref="AdjacencyIndexBuilder"/>; safe to read from many threads.
/// </summary>
public sealed class AdjacencyIndex : IAdjacencySource
{
    private readonly Dictionary<string, int> _ids;
    private readonly string[] _nodeKeys;
    private readonly EntityKind[] _kinds;
    private readonly string[] _relationshipKeys;
    private readonly Dictionary<string, byte> _typeIds;
    private readonly int[] _offsets;
    private readonly Entry[] _entries;

    internal AdjacencyIndex(
        Dictionary<string, int> ids,
        string[] nodeKeys,
        EntityKind[] kinds,
        string[] relationshipKeys,
        Dictionary<string, byte> typeIds,
        int[] offsets,
        Entry[] entries)
    {
        _ids = ids;
        _nodeKeys = nodeKeys;
        _kinds = kinds;
        _relationshipKeys = relationshipKeys;
        _typeIds = typeIds;
        _offsets = offsets;
        _entries = entries;
    }

    public int EntityCount => _nodeKeys.Length;

    public int RelationshipCount => _relationshipKeys.Length;

    public bool Contains(string key) => _ids.ContainsKey(key);

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
                if (_typeIds.TryGetValue(type, out var id))
                {
                    allowedTypes[id] = true;
                }
            }
        }

        var result = new Dictionary<string, IReadOnlyList<AdjacentEdge>>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_ids.TryGetValue(key, out var node) || result.ContainsKey(key))
            {
                continue;
            }

            List<AdjacentEdge>? edges = null;
            for (var i = _offsets[node]; i < _offsets[node + 1]; i++)
            {
                var entry = _entries[i];
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
                if (!passes || (filter.NeighbourKinds is not null && !filter.NeighbourKinds.Contains(_kinds[entry.Neighbour])))
                {
                    continue;
                }

                edges ??= [];
                edges.Add(new AdjacentEdge(_relationshipKeys[entry.Relationship], _nodeKeys[entry.Neighbour], entry.Outgoing));
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

    /// <summary>One end of a relationship as stored for the entity at the other end.</summary>
    internal readonly record struct Entry(int Neighbour, int Relationship, byte Type, bool Outgoing);
}
