namespace KnowledgeGraph.Domain.Copying;

public sealed record GraphCopyOptions
{
    /// <summary>How many sources, entities or relationships go into one change set.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>When true, copying into a store that already holds anything is refused.</summary>
    public bool RequireEmptyTarget { get; init; } = true;
}
