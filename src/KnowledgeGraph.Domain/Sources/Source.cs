namespace KnowledgeGraph.Domain.Sources;

/// <summary>A public document that backs facts in the graph. Every entity and relationship cites at least one.</summary>
public sealed record Source
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    public string? Publisher { get; init; }

    /// <summary>Absolute http(s) URL of the document.</summary>
    public string? Url { get; init; }

    public DateOnly? PublishedOn { get; init; }

    /// <summary>When the URL was last read, for web pages that change.</summary>
    public DateOnly? AccessedOn { get; init; }
}
