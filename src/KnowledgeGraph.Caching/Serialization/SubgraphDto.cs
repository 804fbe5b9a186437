using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

internal sealed class SubgraphDto
{
    [JsonPropertyName("e")]
    public EntityDto[]? Nodes { get; set; }

    [JsonPropertyName("r")]
    public RelationshipDto[]? Relationships { get; set; }

    [JsonPropertyName("x")]
    public bool Truncated { get; set; }
}
