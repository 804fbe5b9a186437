using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.Relationships;

/// <summary>
/// A directed, typed edge between two entities, with its own properties and sources.
/// <see cref="Key"/> is a natural key unique across the graph.
/// </summary>
public sealed record Relationship
{
    public required string Key { get; init; }

    public required string Type { get; init; }

    public required string FromKey { get; init; }

    public required string ToKey { get; init; }

    /// <summary>The part the source plays in the relation, e.g. "operator", "shareholder", "general contractor".</summary>
    public string? Role { get; init; }

    public int? SinceYear { get; init; }

    public int? UntilYear { get; init; }

    public double? Amount { get; init; }

    /// <summary>ISO 4217 currency code of <see cref="Amount"/>.</summary>
    public string? Currency { get; init; }

    public string? Note { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Confirmed;

    public IReadOnlyList<string> SourceKeys { get; init; } = [];

    /// <summary>Which passage of which source supports the relationship or one of its fields; each cites one of <see cref="SourceKeys"/>.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The key of the end opposite <paramref name="entityKey"/>.</summary>
    public string OtherEnd(string entityKey) => string.Equals(FromKey, entityKey, StringComparison.Ordinal) ? ToKey : FromKey;
}
