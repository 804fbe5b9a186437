using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Compact wire form of a citation; absent members are null.</summary>
internal sealed class CitationDto
{
    [JsonPropertyName("s")]
    public string Source { get; set; } = "";

    [JsonPropertyName("q")]
    public string? Quote { get; set; }

    [JsonPropertyName("l")]
    public string? Locator { get; set; }

    [JsonPropertyName("a")]
    public string? About { get; set; }
}
