using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Benchmarks.Measuring;

namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// GraphQL over loopback HTTP as an editor (a bearer token minted with <c>dev-token</c>): the shortest <c>paths</c>
/// query and <c>createCompany</c> that write-then-traverse times. Any GraphQL error fails the run.
/// </summary>
public sealed class EditorClient : IDisposable
{
    private const string PathsQuery =
        "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 6, mode: SHORTEST) { length } }";

    private const string CreateCompany =
        "mutation($name: String!, $source: ID!) { createCompany(input: { name: $name, sourceIds: [$source] }) " +
        "{ company { key } errors { ... on Error { code message } } } }";

    private readonly HttpClient _client;

    public EditorClient(ApiProcess api, string token)
    {
        _client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Prints an editor token signed with <paramref name="signingKey"/>, through the API's own <c>dev-token</c> command.</summary>
    public static async Task<string> MintTokenAsync(string apiDll, string signingKey)
    {
        var start = new ProcessStartInfo("dotnet",
            [Path.GetFullPath(apiDll), "dev-token", "--name", "benchmark", "--role", "editor", $"--Authentication:Jwt:SigningKey={signingKey}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dev-token did not start.");
        var token = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? token.Trim() : throw new InvalidOperationException($"dev-token failed: {error}");
    }

    /// <summary>Milliseconds the request took, answer read.</summary>
    public static async Task<double> TimeAsync(Func<Task<JsonElement>> request)
    {
        var started = Stopwatch.GetTimestamp();
        await request();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public Task<JsonElement> PathsAsync((string From, string To) pair) =>
        PostAsync(PathsQuery, new Dictionary<string, string> { ["from"] = pair.From, ["to"] = pair.To });

    public async Task<JsonElement> CreateCompanyAsync(string name, string sourceKey)
    {
        var sourceId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Source:{sourceKey}"));
        var data = await PostAsync(CreateCompany, new Dictionary<string, string> { ["name"] = name, ["source"] = sourceId });
        var errors = data.GetProperty("createCompany").GetProperty("errors");
        return errors.ValueKind == JsonValueKind.Null ? data : throw new InvalidOperationException($"createCompany failed: {errors}");
    }

    public async Task<JsonElement> PostAsync(string query, Dictionary<string, string> variables)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("graphql", content);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return document.RootElement.GetProperty("data").Clone();
    }

    public void Dispose() => _client.Dispose();
}
