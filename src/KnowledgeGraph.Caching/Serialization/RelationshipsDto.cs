using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

internal sealed class RelationshipsDto
{
    [JsonPropertyName("a")]
    public string AnchorKey { get; set; } = "";

    /// <summary>Neighbour table; an entity linked by several relationships is written once.</summary>
    [JsonPropertyName("e")]
    public EntityDto[]? Neighbours { get; set; }

    [JsonPropertyName("h")]
    public RelationshipHitDto[]? Hits { get; set; }
}
