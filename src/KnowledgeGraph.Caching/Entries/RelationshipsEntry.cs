using System.ComponentModel;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Caching.Entries;

/// <summary>
/// The relationship hits of one anchor for one query, in the store's order; empty when the anchor has none.
/// Immutable, so the in-process cache hands out the same instance.
/// </summary>
[ImmutableObject(true)]
public sealed class RelationshipsEntry(string anchorKey, IReadOnlyList<RelationshipHit> hits)
{
    public string AnchorKey { get; } = anchorKey;

    public IReadOnlyList<RelationshipHit> Hits { get; } = hits;
}
