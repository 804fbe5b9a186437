using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

internal sealed class PathDto
{
    /// <summary>Indexes into the entity table, in path order.</summary>
    [JsonPropertyName("n")]
    public int[]? Nodes { get; set; }

    /// <summary>One per hop: relationship-table index + 1, negated when the hop walks the relationship backwards.</summary>
    [JsonPropertyName("h")]
    public int[]? Hops { get; set; }
}
