using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

internal sealed class RelationshipHitDto
{
    [JsonPropertyName("r")]
    public RelationshipDto Relationship { get; set; } = new();

    /// <summary>Direction seen from the anchor: true = Incoming, absent = Outgoing.</summary>
    [JsonPropertyName("i")]
    public bool Incoming { get; set; }

    /// <summary>Index into the neighbour table.</summary>
    [JsonPropertyName("n")]
    public int Neighbour { get; set; }
}
