using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// The entity keys the export classes ask for: real keys of the server's graph, found by a search unless given
/// (<c>--export-root</c>, <c>--path-to</c>). With the seed, "khorgos" finds a border hub and "kazakhstan" the most
/// connected entity, so ALL paths between them are as many as the limits allow.
/// </summary>
public sealed record ExportTargets(string Root, string PathTo)
{
    public static async Task<ExportTargets> ResolveAsync(HttpClient client, HostileOptions options) => new(
        options.ExportRoot ?? await FirstSearchResultAsync(client, "khorgos"),
        options.PathTo ?? await FirstSearchResultAsync(client, "kazakhstan"));

    private static async Task<string> FirstSearchResultAsync(HttpClient client, string text)
    {
        var request = JsonSerializer.Serialize(new
        {
            query = "query ($text: String!) { search(text: $text, first: 1) { entity { key } } }",
            variables = new { text },
        });
        using var response = await client.PostAsync(HostileHttp.GraphQLPath, new StringContent(request, System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.GetProperty("search") is { ValueKind: JsonValueKind.Array } results && results.GetArrayLength() > 0
                ? results[0].GetProperty("entity").GetProperty("key").GetString()!
                : throw new InvalidOperationException(
                    $"Searching \"{text}\" found no entity to export (answer {(int)response.StatusCode} {HostileHttp.ErrorCode(body)}); give the keys with --export-root and --path-to.");
    }
}
