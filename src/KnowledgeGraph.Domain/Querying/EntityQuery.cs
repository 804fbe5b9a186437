using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// A filtered, sorted read of one page of entities, in the order <see cref="EntitySortOrder"/> defines (by name, then
/// key, without <see cref="Order"/>). The page is a keyset window: the matches sorting after <see cref="After"/> and
/// before <see cref="Before"/>, the first <see cref="Take"/> of them, or the last when <see cref="FromEnd"/> is set.
/// </summary>
public sealed record EntityQuery
{
    /// <summary>Restricts to one kind; null reads all kinds.</summary>
    public EntityKind? Kind { get; init; }

    public EntityFilter? Filter { get; init; }

    public IReadOnlyList<SortField> Order { get; init; } = [];

    /// <summary>Only matches sorting strictly after this position (its values follow <see cref="EntitySortOrder.Fields"/>).</summary>
    public SortPosition? After { get; init; }

    /// <summary>Only matches sorting strictly before this position.</summary>
    public SortPosition? Before { get; init; }

    /// <summary>Takes the last <see cref="Take"/> entities of the window instead of the first (still returned in order).</summary>
    public bool FromEnd { get; init; }

    public int Take { get; init; } = 50;

    /// <summary>What the page reports besides its items; everything unless the caller says less.</summary>
    public PageExtras Extras { get; init; } = PageExtras.All;
}
