using System.Text.Json.Serialization;

namespace KnowledgeGraph.Caching.Serialization;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(SubgraphDto))]
[JsonSerializable(typeof(PathsDto))]
[JsonSerializable(typeof(RelationshipsDto))]
internal sealed partial class GraphCacheJsonContext : JsonSerializerContext;
