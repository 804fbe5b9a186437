using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Compact wire form of a relationship; absent members are the defaults.</summary>
internal sealed class RelationshipDto
{
    [JsonPropertyName("k")]
    public string Key { get; set; } = "";

    [JsonPropertyName("t")]
    public string Type { get; set; } = "";

    [JsonPropertyName("f")]
    public string FromKey { get; set; } = "";

    [JsonPropertyName("o")]
    public string ToKey { get; set; } = "";

    [JsonPropertyName("r")]
    public string? Role { get; set; }

    [JsonPropertyName("sy")]
    public int? SinceYear { get; set; }

    [JsonPropertyName("uy")]
    public int? UntilYear { get; set; }

    [JsonPropertyName("am")]
    public double? Amount { get; set; }

    [JsonPropertyName("cu")]
    public string? Currency { get; set; }

    [JsonPropertyName("no")]
    public string? Note { get; set; }

    /// <summary>Confidence name; absent means Confirmed.</summary>
    [JsonPropertyName("c")]
    public string? Confidence { get; set; }

    [JsonPropertyName("s")]
    public string[]? SourceKeys { get; set; }

    [JsonPropertyName("ci")]
    public CitationDto[]? Citations { get; set; }
}
