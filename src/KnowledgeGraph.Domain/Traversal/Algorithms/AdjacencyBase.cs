using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// The compact arrays an <see cref="AdjacencyIndexBuilder"/> produces (about 12 bytes per relationship end, 9 per
/// relationship, plus the key strings), shared unchanged by every <see cref="AdjacencyIndex"/> version derived from it.
/// The adjacency of node <c>n</c> is <c>Entries[Offsets[n]..Offsets[n + 1]]</c>, sorted by neighbour key, then
/// relationship key.
/// </summary>
internal sealed class AdjacencyBase
{
    private readonly Lazy<Dictionary<string, int>> _relationshipIds;

    public AdjacencyBase(
        Dictionary<string, int> ids,
        string[] nodeKeys,
        EntityKind[] kinds,
        string[] relationshipKeys,
        int[] relationshipFrom,
        int[] relationshipTo,
        byte[] relationshipTypes,
        string[] typeNames,
        int[] offsets,
        AdjacencyIndex.Entry[] entries)
    {
        Ids = ids;
        NodeKeys = nodeKeys;
        Kinds = kinds;
        RelationshipKeys = relationshipKeys;
        RelationshipFrom = relationshipFrom;
        RelationshipTo = relationshipTo;
        RelationshipTypes = relationshipTypes;
        TypeNames = typeNames;
        TypeIds = new Dictionary<string, byte>(typeNames.Length, StringComparer.Ordinal);
        for (var i = 0; i < typeNames.Length; i++)
        {
            TypeIds[typeNames[i]] = (byte)i;
        }

        Offsets = offsets;
        Entries = entries;
        _relationshipIds = new Lazy<Dictionary<string, int>>(MapRelationshipKeys, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Dictionary<string, int> Ids { get; }

    public string[] NodeKeys { get; }

    public EntityKind[] Kinds { get; }

    public string[] RelationshipKeys { get; }

    public int[] RelationshipFrom { get; }

    public int[] RelationshipTo { get; }

    public byte[] RelationshipTypes { get; }

    public string[] TypeNames { get; }

    public Dictionary<string, byte> TypeIds { get; }

    public int[] Offsets { get; }

    public AdjacencyIndex.Entry[] Entries { get; }

    /// <summary>
    /// Relationship key to id, needed only once a stored relationship is changed or removed: built on first use (or
    /// ahead of it through <see cref="AdjacencyIndex.PrepareForUpdates"/>) rather than by every build.
    /// </summary>
    public Dictionary<string, int> RelationshipIds => _relationshipIds.Value;

    public ReadOnlySpan<AdjacencyIndex.Entry> EdgesOf(int node) =>
        node < NodeKeys.Length ? Entries.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]) : [];

    private Dictionary<string, int> MapRelationshipKeys()
    {
        var ids = new Dictionary<string, int>(RelationshipKeys.Length, StringComparer.Ordinal);
        for (var i = 0; i < RelationshipKeys.Length; i++)
        {
            ids[RelationshipKeys[i]] = i;
        }

        return ids;
    }
}
