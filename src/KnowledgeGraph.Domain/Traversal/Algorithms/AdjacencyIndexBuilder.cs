using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// Collects entities and relationships (keys, kinds, types and ends only) and builds an <see cref="AdjacencyIndex"/>.
/// Relationships whose ends were not added are ignored.
/// </summary>
public sealed class AdjacencyIndexBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _nodeKeys = [];
    private readonly List<EntityKind> _kinds = [];
    private readonly List<string> _relationshipKeys = [];
    private readonly List<(int From, int To, byte Type)> _relationships = [];
    private readonly Dictionary<string, byte> _typeIds = new(StringComparer.Ordinal);

    public AdjacencyIndexBuilder AddEntity(string key, EntityKind kind)
    {
        if (_ids.TryAdd(key, _nodeKeys.Count))
        {
            _nodeKeys.Add(key);
            _kinds.Add(kind);
        }

        return this;
    }

    public AdjacencyIndexBuilder AddRelationship(string key, string type, string fromKey, string toKey)
    {
        if (!_ids.TryGetValue(fromKey, out var from) || !_ids.TryGetValue(toKey, out var to))
        {
            return this;
        }

        if (!_typeIds.TryGetValue(type, out var typeId))
        {
            if (_typeIds.Count >= byte.MaxValue)
            {
                throw new InvalidOperationException("The adjacency index holds at most 255 relationship types.");
            }

            typeId = (byte)_typeIds.Count;
            _typeIds[type] = typeId;
        }

        _relationshipKeys.Add(key);
        _relationships.Add((from, to, typeId));
        return this;
    }

    public AdjacencyIndex Build()
    {
        var nodeCount = _nodeKeys.Count;
        var nodeRank = Ranks(_nodeKeys);
        var relationshipRank = Ranks(_relationshipKeys);

        var counts = new int[nodeCount + 1];
        foreach (var (from, to, _) in _relationships)
        {
            counts[from]++;
            if (to != from)
            {
                counts[to]++;
            }
        }

        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var entries = new AdjacencyIndex.Entry[offsets[nodeCount]];
        var sortKeys = new long[entries.Length];
        var fill = (int[])offsets.Clone();
        for (var r = 0; r < _relationships.Count; r++)
        {
            var (from, to, type) = _relationships[r];
            Place(from, new AdjacencyIndex.Entry(to, r, type, Outgoing: true));
            if (to != from)
            {
                Place(to, new AdjacencyIndex.Entry(from, r, type, Outgoing: false));
            }
        }

        for (var n = 0; n < nodeCount; n++)
        {
            var length = offsets[n + 1] - offsets[n];
            if (length > 1)
            {
                Array.Sort(sortKeys, entries, offsets[n], length);
            }
        }

        return new AdjacencyIndex(
            new Dictionary<string, int>(_ids, StringComparer.Ordinal),
            [.. _nodeKeys],
            [.. _kinds],
            [.. _relationshipKeys],
            new Dictionary<string, byte>(_typeIds, StringComparer.Ordinal),
            offsets,
            entries);

        void Place(int node, AdjacencyIndex.Entry entry)
        {
            var slot = fill[node]++;
            entries[slot] = entry;
            sortKeys[slot] = ((long)nodeRank[entry.Neighbour] << 32) | (uint)relationshipRank[entry.Relationship];
        }
    }

    private static int[] Ranks(List<string> keys)
    {
        var order = new int[keys.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted, order, StringComparer.Ordinal);
        var ranks = new int[keys.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
