namespace KnowledgeGraph.Domain.Traversal;

/// <summary>
/// Paths from <see cref="FromKey"/> to <see cref="ToKey"/> of at most <see cref="MaxLength"/> hops, following
/// relationships in either direction, limited to <see cref="RelationshipTypes"/> when given, at most
/// <see cref="First"/> of them.
/// </summary>
public sealed record PathSpec
{
    public required string FromKey { get; init; }

    public required string ToKey { get; init; }

    public int MaxLength { get; init; } = 4;

    public IReadOnlySet<string>? RelationshipTypes { get; init; }

    public PathMode Mode { get; init; } = PathMode.Shortest;

    public int First { get; init; } = 10;
}
