using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

/// <summary>Paths share their entities and relationships through tables, since paths overlap heavily.</summary>
internal sealed class PathsDto
{
    [JsonPropertyName("e")]
    public EntityDto[]? Entities { get; set; }

    [JsonPropertyName("r")]
    public RelationshipDto[]? Relationships { get; set; }

    [JsonPropertyName("p")]
    public PathDto[]? Paths { get; set; }
}
