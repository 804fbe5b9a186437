using System.Collections.Immutable;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// What changed since an <see cref="AdjacencyBase"/> was built, in persistent (structure-sharing) dictionaries: each
/// write makes a new overlay in time proportional to what it touched, and readers of earlier versions keep theirs.
/// Nodes and relationships added after the build get ids from <see cref="NextNodeId"/> and
/// <see cref="NextRelationshipId"/> on; a removed base key maps to <see cref="Removed"/>.
/// </summary>
internal sealed record AdjacencyOverlay(
    ImmutableDictionary<string, int> NodeIds,
    ImmutableDictionary<int, string> NodeKeys,
    ImmutableDictionary<int, EntityKind> Kinds,
    ImmutableDictionary<int, AdjacencyIndex.Entry[]> Edges,
    ImmutableDictionary<string, int> RelationshipIds,
    ImmutableDictionary<int, AdjacencyOverlay.RelationshipRecord> Relationships,
    ImmutableDictionary<string, byte> TypeIds,
    int NextNodeId,
    int NextRelationshipId,
    int EntityCount,
    int RelationshipCount)
{
    public const int Removed = -1;

    public static AdjacencyOverlay Empty(AdjacencyBase source) => new(
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableDictionary<int, string>.Empty,
        ImmutableDictionary<int, EntityKind>.Empty,
        ImmutableDictionary<int, AdjacencyIndex.Entry[]>.Empty,
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableDictionary<int, RelationshipRecord>.Empty,
        ImmutableDictionary.Create<string, byte>(StringComparer.Ordinal),
        source.NodeKeys.Length,
        source.RelationshipKeys.Length,
        source.NodeKeys.Length,
        source.RelationshipKeys.Length);

    /// <summary>A relationship added after the build.</summary>
    internal readonly record struct RelationshipRecord(string Key, int From, int To, byte Type);
}
