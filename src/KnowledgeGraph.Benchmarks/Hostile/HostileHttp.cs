using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// Sends one hostile request to the server under test and names how it ended: the status code, followed by the error
/// code of a JSON answer (a GraphQL body's <c>errors[0].extensions.code</c>, or a problem's <c>code</c>).
/// </summary>
public sealed class HostileHttp(HttpClient client)
{
    public const string GraphQLPath = "graphql";

    private const string ResponseMediaType = "application/graphql-response+json";

    public HttpClient Client => client;

    public Task<string> PostJsonAsync(object body, CancellationToken cancellationToken) =>
        PostRawAsync(JsonSerializer.SerializeToUtf8Bytes(body), cancellationToken);

    public Task<string> PostRawAsync(byte[] body, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, GraphQLPath) { Content = content }, cancellationToken);
    }

    public Task<string> GetGraphQLAsync(string query, string? operationName, CancellationToken cancellationToken)
    {
        var url = new StringBuilder(GraphQLPath).Append("?query=").Append(Uri.EscapeDataString(query));
        if (operationName is not null)
        {
            url.Append("&operationName=").Append(Uri.EscapeDataString(operationName));
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Get, url.ToString()), cancellationToken);
    }

    public Task<string> GetAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), cancellationToken);

    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd(ResponseMediaType);
            request.Headers.Accept.ParseAdd("application/json;q=0.9");
            request.Headers.Accept.ParseAdd("*/*;q=0.1");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            if (!mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }

            var code = ErrorCode(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            return code is null ? status : $"{status} {code}";
        }
    }

    /// <summary>
    /// The error code a client would read from a JSON answer; <c>errors without code</c> when a GraphQL body has errors
    /// but its first carries none, <c>unreadable JSON</c> when the body does not parse; null for a body without error.
    /// </summary>
    public static string? ErrorCode(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                return errors[0].TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                    && extensions.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                        ? code.GetString()
                        : "errors without code";
            }

            return root.TryGetProperty("code", out var problemCode) && problemCode.ValueKind == JsonValueKind.String
                ? problemCode.GetString()
                : null;
        }
        catch (JsonException)
        {
            return "unreadable JSON";
        }
    }
}
