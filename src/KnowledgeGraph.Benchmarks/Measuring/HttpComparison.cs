using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(apiDll)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(apiDll))!,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__Sqlite__Path"] = databasePath;
        start.Environment["Seed__LoadOnStartup"] = "false";
        start.Environment["GraphQL__RateLimit__Enabled"] = "false";
        start.Environment["Caching__Enabled"] = "true";
        start.Environment["ConnectionStrings__Redis"] = "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var api = Process.Start(start) ?? throw new InvalidOperationException("The API process did not start.");
        api.OutputDataReceived += (_, _) => { };
        api.ErrorDataReceived += (_, _) => { };
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false };
            using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReadyAsync(client, api);

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
        finally
        {
            if (!api.HasExited)
            {
                api.Kill(entireProcessTree: true);
                await api.WaitForExitAsync();
            }
        }
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

    private static async Task WaitUntilReadyAsync(HttpClient client, Process api)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (api.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {api.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync("readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The API was not ready within 120 s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
