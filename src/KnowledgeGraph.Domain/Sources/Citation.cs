namespace KnowledgeGraph.Domain.Sources;

/// <summary>
/// One statement-level citation of a fact: the source that states it and, ideally, the passage that does
/// (<see cref="Quote"/>), where in the source it is (<see cref="Locator"/>), and which field of the record the passage
/// supports (<see cref="About"/>; null for the record as a whole). The cited source is always among the record's sources.
/// </summary>
public sealed record Citation
{
    public required string SourceKey { get; init; }

    /// <summary>The supporting sentence or passage, verbatim from the source.</summary>
    public string? Quote { get; init; }

    /// <summary>Where the passage is: a page, paragraph or section.</summary>
    public string? Locator { get; init; }

    /// <summary>The field or property the passage supports (<c>lengthKm</c>, <c>sinceYear</c>, <c>name</c>); null for the whole record.</summary>
    public string? About { get; init; }
}
