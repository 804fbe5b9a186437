using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Compact wire form of an entity; properties are split by type so that 5.0 stays a number, 5 an integer.</summary>
internal sealed class EntityDto
{
    [JsonPropertyName("k")]
    public string Key { get; set; } = "";

    [JsonPropertyName("t")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("n")]
    public string Name { get; set; } = "";

    [JsonPropertyName("a")]
    public string[]? Aliases { get; set; }

    [JsonPropertyName("d")]
    public string? Description { get; set; }

    [JsonPropertyName("s")]
    public string[]? SourceKeys { get; set; }

    [JsonPropertyName("ci")]
    public CitationDto[]? Citations { get; set; }

    [JsonPropertyName("pt")]
    public Dictionary<string, string>? TextProperties { get; set; }

    [JsonPropertyName("pi")]
    public Dictionary<string, long>? IntegerProperties { get; set; }

    [JsonPropertyName("pn")]
    public Dictionary<string, double>? NumberProperties { get; set; }

    [JsonPropertyName("v")]
    public long Version { get; set; }
}
