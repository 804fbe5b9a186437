using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>A filtered, sorted, offset-paged read of entities. Without <see cref="Order"/> entities sort by name, then key.</summary>
public sealed record EntityQuery
{
    /// <summary>Restricts to one kind; null reads all kinds.</summary>
    public EntityKind? Kind { get; init; }

    public EntityFilter? Filter { get; init; }

    public IReadOnlyList<SortField> Order { get; init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
