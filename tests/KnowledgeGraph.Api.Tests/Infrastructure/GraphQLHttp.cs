using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Helpers to build GraphQL-over-HTTP requests and read their answers.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(string body, string? accept = GraphQLResponse, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, object? variables = null, string? accept = GraphQLResponse) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept);

    /// <summary>A POST body of an automatic persisted query: the document (or null, to send the hash alone) and its hash.</summary>
    public static string PersistedQueryBody(string? query, string hash) =>
        JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

    /// <summary>The hash that names a persisted query, as clients compute it.</summary>
    public static string Sha256(string text) => KnowledgeGraph.Api.Http.Caching.PersistedQueryHashing.Sha256(text);

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string FirstErrorMessage(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static string? FirstErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static string MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType ?? string.Empty;
}
