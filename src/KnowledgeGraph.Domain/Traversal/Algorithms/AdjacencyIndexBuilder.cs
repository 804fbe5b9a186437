using System.Runtime.InteropServices;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// Collects entities and relationships (keys, kinds, types and ends only) and builds an <see cref="AdjacencyIndex"/>.
/// Relationships whose ends were not added are ignored. Built once: <see cref="Build"/> hands its collections over.
/// </summary>
public sealed class AdjacencyIndexBuilder
{
    internal const string TooManyTypes = "The adjacency index holds at most 255 relationship types.";

    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _nodeKeys;
    private readonly List<EntityKind> _kinds;
    private readonly List<string> _relationshipKeys;
    private readonly List<int> _from;
    private readonly List<int> _to;
    private readonly List<byte> _types;
    private readonly Dictionary<string, byte> _typeIds = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames = [];

    /// <param name="expectedEntities">Room to reserve, so that a large build does not grow its collections step by step.</param>
    /// <param name="expectedRelationships">Likewise for relationships.</param>
    public AdjacencyIndexBuilder(int expectedEntities = 0, int expectedRelationships = 0)
    {
        _ids = new Dictionary<string, int>(expectedEntities, StringComparer.Ordinal);
        _nodeKeys = new List<string>(expectedEntities);
        _kinds = new List<EntityKind>(expectedEntities);
        _relationshipKeys = new List<string>(expectedRelationships);
        _from = new List<int>(expectedRelationships);
        _to = new List<int>(expectedRelationships);
        _types = new List<byte>(expectedRelationships);
    }

    /// <summary>The lookup of added entity keys, for a reader that wants to resolve ends without allocating strings.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> EntityIds => _ids.GetAlternateLookup<ReadOnlySpan<char>>();

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
        if (_ids.TryGetValue(fromKey, out var from) && _ids.TryGetValue(toKey, out var to))
        {
            AddRelationship(key, TypeId(type), from, to);
        }

        return this;
    }

    /// <summary>Adds a relationship whose ends were resolved through <see cref="EntityIds"/> and type through <see cref="TypeId"/>.</summary>
    public AdjacencyIndexBuilder AddRelationship(string key, byte type, int from, int to)
    {
        _relationshipKeys.Add(key);
        _from.Add(from);
        _to.Add(to);
        _types.Add(type);
        return this;
    }

    public byte TypeId(string type)
    {
        if (!_typeIds.TryGetValue(type, out var typeId))
        {
            if (_typeIds.Count >= byte.MaxValue)
            {
                throw new InvalidOperationException(TooManyTypes);
            }

            typeId = (byte)_typeIds.Count;
            _typeIds[type] = typeId;
            _typeNames.Add(type);
        }

        return typeId;
    }

    public AdjacencyIndex Build()
    {
        var nodeCount = _nodeKeys.Count;
        var nodeKeys = _nodeKeys.ToArray();
        var nodeRank = Ranks(nodeKeys);
        var relationshipKeys = _relationshipKeys.ToArray();
        var from = _from.ToArray();
        var to = _to.ToArray();

        var offsets = new int[nodeCount + 1];
        for (var r = 0; r < from.Length; r++)
        {
            offsets[from[r] + 1]++;
            if (to[r] != from[r])
            {
                offsets[to[r] + 1]++;
            }
        }

        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var entries = new AdjacencyIndex.Entry[offsets[nodeCount]];
        var sortKeys = new long[entries.Length];
        var fill = (int[])offsets.Clone();
        var types = CollectionsMarshal.AsSpan(_types);
        for (var r = 0; r < from.Length; r++)
        {
            Place(from[r], new AdjacencyIndex.Entry(to[r], r, types[r], Outgoing: true));
            if (to[r] != from[r])
            {
                Place(to[r], new AdjacencyIndex.Entry(from[r], r, types[r], Outgoing: false));
            }
        }

        for (var n = 0; n < nodeCount; n++)
        {
            var length = offsets[n + 1] - offsets[n];
            if (length > 1)
            {
                Array.Sort(sortKeys, entries, offsets[n], length);
                OrderParallelRelationships(entries.AsSpan(offsets[n], length), relationshipKeys);
            }
        }

        return new AdjacencyIndex(new AdjacencyBase(
            _ids, nodeKeys, [.. _kinds], relationshipKeys, from, to, [.. _types], [.. _typeNames], offsets, entries));

        void Place(int node, AdjacencyIndex.Entry entry)
        {
            var slot = fill[node]++;
            entries[slot] = entry;
            sortKeys[slot] = ((long)nodeRank[entry.Neighbour] << 32) | (uint)entry.Relationship;
        }
    }

    /// <summary>
    /// Entries come sorted by neighbour key, then by insertion order; relationships between the same two entities are
    /// rare, so only their runs are re-sorted by key rather than ranking every relationship key up front.
    /// </summary>
    private static void OrderParallelRelationships(Span<AdjacencyIndex.Entry> entries, string[] relationshipKeys)
    {
        var start = 0;
        for (var i = 1; i <= entries.Length; i++)
        {
            if (i < entries.Length && entries[i].Neighbour == entries[start].Neighbour)
            {
                continue;
            }

            if (i - start > 1)
            {
                entries[start..i].Sort((a, b) => string.CompareOrdinal(relationshipKeys[a.Relationship], relationshipKeys[b.Relationship]));
            }

            start = i;
        }
    }

    private static int[] Ranks(string[] keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sorted = (string[])keys.Clone();
        Array.Sort(sorted, order, StringComparer.Ordinal);
        var ranks = new int[keys.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
