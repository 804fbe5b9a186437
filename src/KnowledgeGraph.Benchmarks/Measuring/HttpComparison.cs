using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Measuring;

/// <summary>
/// Starts the real API (a child process, Kestrel on 127.0.0.1, rate limit and start-up seeding off, memory cache on)
/// over a benchmark file and compares requests per second of the trivial <c>{ __typename }</c> with a cached depth-2
/// <c>neighborhood</c>, each for a fixed time with a fixed number of concurrent loopback clients. The target is that
/// the cached neighbourhood reaches at least half the trivial query's rate.
/// </summary>
public static class HttpComparison
{
    private const string Trivial = "{ __typename }";

    private const string Neighborhood =
        "query ($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { __typename key name } relationships { key type fromKey toKey } truncated } }";

    public static async Task RunAsync(
        string apiDll, string databasePath, IReadOnlyList<string> rootIds, TimeSpan duration, int concurrency, TextWriter output)
    {
        await using var api = await ApiProcess.StartAsync(apiDll, new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = databasePath,
            ["Seed:LoadOnStartup"] = "false",
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["Caching:Enabled"] = "true",
            ["ConnectionStrings:Redis"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var baseAddress = api.BaseAddress;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // The first requests build the API's adjacency index and fill its cache; on a busy machine they may time out.
        foreach (var id in rootIds)
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                using var warm = await client.SendAsync(Request(Neighborhood, id));
                if (warm.IsSuccessStatusCode)
                {
                    break;
                }
            }
        }

        var trivial = await LoadAsync(client, _ => Request(Trivial, null), duration, concurrency);
        var cached = await LoadAsync(client, i => Request(Neighborhood, rootIds[i % rootIds.Count]), duration, concurrency);

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HTTP on {baseAddress} ({concurrency} concurrent clients, {duration.TotalSeconds:F0} s each, {rootIds.Count} distinct roots, cache warmed):"));
        output.WriteLine();
        output.WriteLine("| query | requests | failed | requests/s |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {{ __typename }} | {trivial.Ok} | {trivial.Failed} | {trivial.PerSecond:F0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| neighborhood depth 2 (cached) | {cached.Ok} | {cached.Failed} | {cached.PerSecond:F0} |"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cached neighbourhood reaches {100 * cached.PerSecond / Math.Max(1, trivial.PerSecond):F0}% of the trivial query's rate (target: at least 50%)."));
    }

    private static HttpRequestMessage Request(string query, string? id)
    {
        var body = JsonSerializer.Serialize(new { query, variables = id is null ? null : new { id } });
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static async Task<(int Ok, int Failed, double PerSecond)> LoadAsync(
        HttpClient client, Func<int, HttpRequestMessage> request, TimeSpan duration, int concurrency)
    {
        var ok = 0;
        var failed = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await client.SendAsync(request(Interlocked.Increment(ref next)));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && !body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        return (ok, failed, ok / clock.Elapsed.TotalSeconds);
    }
}
