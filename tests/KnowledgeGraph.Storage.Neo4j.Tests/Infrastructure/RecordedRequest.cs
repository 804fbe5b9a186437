using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>A request the fake server received, with its body kept as text.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Path => Uri.AbsolutePath;

    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}
