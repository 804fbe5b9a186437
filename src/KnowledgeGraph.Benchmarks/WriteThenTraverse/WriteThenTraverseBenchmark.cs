using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Benchmarks.Measuring;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// What a curator and a reader of a large graph feel, over HTTP against the real API process: the first traversal
/// after start (sent the moment the port listens, and sent once <c>/readyz</c> says ready), then rounds of one
/// <c>createCompany</c> followed at once by an uncached shortest <c>paths</c> query between two random entities.
/// </summary>
public static class WriteThenTraverseBenchmark
{
    private const string PathsQuery =
        "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 6, mode: SHORTEST) { length } }";

    private const string CreateCompany =
        "mutation($name: String!, $source: ID!) { createCompany(input: { name: $name, sourceIds: [$source] }) " +
        "{ company { key } errors { ... on Error { code message } } } }";

    public static async Task<int> RunAsync(WriteThenTraverseOptions options, TextWriter output)
    {
        var database = Path.GetFullPath(options.Database);
        var (keys, sourceKey) = ReadKeys(database, options.Seed);
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var token = await MintEditorTokenAsync(options.ApiDll, signingKey);
        var configuration = new Dictionary<string, string>
        {
            ["Storage:Sqlite:Path"] = database,
            ["Seed:LoadOnStartup"] = "false",
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["Authentication:Jwt:SigningKey"] = signingKey,

            // Measured, not cut short: a build-bound first traversal on a large graph may take longer than the default 10 s.
            ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "120",
        };
        var pair = 0;
        (string From, string To) NextPair() => (keys[pair++ % keys.Count], keys[pair++ % keys.Count]);

        output.WriteLine($"write-then-traverse on {database} ({new FileInfo(database).Length / 1048576.0:F0} MB), {MachineInfo.Describe()}");

        // 1. A traversal sent as soon as the port listens: it waits for whatever the index needs at start.
        var started = Stopwatch.StartNew();
        await using (var api = await ApiProcess.StartAsync(options.ApiDll, configuration, waitFor: "healthz"))
        {
            var listening = started.Elapsed;
            using var client = Client(api, token);
            var first = await TimeAsync(() => PathsAsync(client, NextPair()));
            await api.WaitUntilAsync("readyz");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start: listening after {listening.TotalSeconds:F2} s, ready after {started.Elapsed.TotalSeconds:F2} s; " +
                $"first traversal sent when listening answered in {first:F0} ms"));
        }

        // 2. A traversal sent once ready (what a load balancer would send first), then the write rounds.
        started.Restart();
        await using (var api = await ApiProcess.StartAsync(options.ApiDll, configuration))
        {
            var ready = started.Elapsed;
            using var client = Client(api, token);
            var pipeline = await TimeAsync(() => PostAsync(client, "{ __typename }", []));
            var first = await TimeAsync(() => PathsAsync(client, NextPair()));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start: ready after {ready.TotalSeconds:F2} s; first request ({{ __typename }}) after ready {pipeline:F0} ms, " +
                $"then the first traversal {first:F0} ms"));

            // The same traversals without writes, in the same run: what a loaded machine gives without any index work.
            var alone = new LatencyRecorder();
            for (var round = 0; round < options.Rounds; round++)
            {
                await alone.TimeAsync(() => PathsAsync(client, NextPair()));
            }

            var writes = new LatencyRecorder();
            var traversals = new LatencyRecorder();
            for (var round = 0; round < options.Rounds; round++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"Benchmark company {Guid.NewGuid():N}");
                await writes.TimeAsync(() => CreateCompanyAsync(client, name, sourceKey));
                await traversals.TimeAsync(() => PathsAsync(client, NextPair()));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Rounds} paths without writes: p50 {alone.Percentile(50):F1} ms, p99 {alone.Percentile(99):F1} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Rounds} rounds: createCompany p50 {writes.Percentile(50):F1} ms, p99 {writes.Percentile(99):F1} ms; " +
                $"paths right after it p50 {traversals.Percentile(50):F1} ms, p99 {traversals.Percentile(99):F1} ms, max {traversals.Percentile(100):F1} ms"));
        }

        return 0;
    }

    private static (List<string> Keys, string SourceKey) ReadKeys(string database, int seed)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        var keys = new List<string>();
        command.CommandText = "SELECT MAX(rowid) FROM entities";
        var maxRowId = (long)command.ExecuteScalar()!;
        var random = new Random(seed);
        command.CommandText = "SELECT key FROM entities WHERE rowid = $id";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        while (keys.Count < 400)
        {
            id.Value = random.NextInt64(1, maxRowId + 1);
            if (command.ExecuteScalar() is string key)
            {
                keys.Add(key);
            }
        }

        command.Parameters.Clear();
        command.CommandText = "SELECT key FROM sources ORDER BY key LIMIT 1";
        var sourceKey = command.ExecuteScalar() as string ?? throw new InvalidOperationException("The database holds no source to cite.");
        return (keys, sourceKey);
    }

    private static async Task<string> MintEditorTokenAsync(string apiDll, string signingKey)
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

    private static HttpClient Client(ApiProcess api, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<double> TimeAsync(Func<Task<JsonElement>> request)
    {
        var started = Stopwatch.GetTimestamp();
        await request();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static Task<JsonElement> PathsAsync(HttpClient client, (string From, string To) pair) =>
        PostAsync(client, PathsQuery, new Dictionary<string, string> { ["from"] = pair.From, ["to"] = pair.To });

    private static async Task<JsonElement> CreateCompanyAsync(HttpClient client, string name, string sourceKey)
    {
        var sourceId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Source:{sourceKey}"));
        var data = await PostAsync(client, CreateCompany, new Dictionary<string, string> { ["name"] = name, ["source"] = sourceId });
        var errors = data.GetProperty("createCompany").GetProperty("errors");
        return errors.ValueKind == JsonValueKind.Null ? data : throw new InvalidOperationException($"createCompany failed: {errors}");
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, Dictionary<string, string> variables)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("graphql", content);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return document.RootElement.GetProperty("data").Clone();
    }
}
