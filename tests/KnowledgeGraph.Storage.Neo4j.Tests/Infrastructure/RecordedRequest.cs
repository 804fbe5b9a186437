using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>A request the fake server received, with its body kept as text.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Path => Uri.AbsolutePath;

    /// <summary>The Cypher statement sent, or an empty string for a request without one (commit, rollback).</summary>
    public string Statement => Body.Length > 0 && Json.TryGetProperty("statement", out var statement) ? statement.GetString()! : string.Empty;

    /// <summary>
    /// The statement's parameters as JSON text with every space taken out, so a test can look for a typed value
    /// whatever spacing the serializer chose.
    /// </summary>
    public string CompactParameters => Json.GetProperty("parameters").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal);

    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}
