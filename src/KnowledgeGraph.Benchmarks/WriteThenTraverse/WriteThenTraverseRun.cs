using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using KnowledgeGraph.Benchmarks.Measuring;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// The steps of write-then-traverse over one SQLite file, each usable alone (the <c>peer</c> mode runs other
/// measurements between them): the API's configuration (rate limit off, a fresh signing key, a long execution timeout),
/// an editor token, random entity keys of the file for the traversals, and a source to cite.
/// </summary>
public sealed class WriteThenTraverseRun
{
    private readonly string _apiDll;
    private readonly IReadOnlyDictionary<string, string> _configuration;
    private readonly List<string> _keys;
    private readonly string _sourceKey;
    private readonly string _token;
    private int _pair;

    private WriteThenTraverseRun(string apiDll, IReadOnlyDictionary<string, string> configuration, List<string> keys, string sourceKey, string token)
    {
        _apiDll = apiDll;
        _configuration = configuration;
        _keys = keys;
        _sourceKey = sourceKey;
        _token = token;
    }

    public static async Task<WriteThenTraverseRun> PrepareAsync(string apiDll, string database, int seed)
    {
        var (keys, sourceKey) = ReadKeys(database, seed);
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var token = await EditorClient.MintTokenAsync(apiDll, signingKey);
        var configuration = new Dictionary<string, string>
        {
            ["Storage:Sqlite:Path"] = database,
            ["Seed:LoadOnStartup"] = "false",
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["Authentication:Jwt:SigningKey"] = signingKey,

            // Measured, not cut short: a build-bound first traversal on a large graph may take longer than the default 10 s.
            ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "120",
        };
        return new WriteThenTraverseRun(apiDll, configuration, keys, sourceKey, token);
    }

    /// <summary>Starts the API, sends a traversal the moment the port listens (it waits for whatever the index needs at start), then stops it.</summary>
    public async Task<ListeningStart> FirstTraversalWhenListeningAsync()
    {
        var started = Stopwatch.StartNew();
        await using var api = await ApiProcess.StartAsync(_apiDll, _configuration, waitFor: "healthz");
        var listening = started.Elapsed;
        using var client = Client(api);
        var first = await EditorClient.TimeAsync(() => client.PathsAsync(NextPair()));
        await api.WaitUntilAsync("readyz");
        return new ListeningStart(listening.TotalSeconds, started.Elapsed.TotalSeconds, first);
    }

    /// <summary>Starts the API and waits for <c>/readyz</c>; the caller owns the process.</summary>
    public async Task<(ApiProcess Api, double ReadySeconds)> StartReadyAsync()
    {
        var started = Stopwatch.StartNew();
        var api = await ApiProcess.StartAsync(_apiDll, _configuration);
        return (api, started.Elapsed.TotalSeconds);
    }

    /// <summary>What a load balancer's first requests meet once ready: <c>{ __typename }</c>, then the first traversal.</summary>
    public async Task<ReadyStart> FirstRequestsAsync(ApiProcess api, double readySeconds)
    {
        using var client = Client(api);
        var pipeline = await EditorClient.TimeAsync(() => client.PostAsync("{ __typename }", []));
        var first = await EditorClient.TimeAsync(() => client.PathsAsync(NextPair()));
        return new ReadyStart(readySeconds, pipeline, first);
    }

    /// <summary>
    /// <paramref name="rounds"/> traversals without writes (what the machine gives without any index work), then as many
    /// rounds of one <c>createCompany</c> followed at once by a traversal between two other random entities.
    /// </summary>
    public async Task<WriteRounds> RoundsAsync(ApiProcess api, int rounds)
    {
        using var client = Client(api);
        var alone = new LatencyRecorder();
        for (var round = 0; round < rounds; round++)
        {
            await alone.TimeAsync(() => client.PathsAsync(NextPair()));
        }

        var writes = new LatencyRecorder();
        var traversals = new LatencyRecorder();
        for (var round = 0; round < rounds; round++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Benchmark company {Guid.NewGuid():N}");
            await writes.TimeAsync(() => client.CreateCompanyAsync(name, _sourceKey));
            await traversals.TimeAsync(() => client.PathsAsync(NextPair()));
        }

        return new WriteRounds(rounds, alone, writes, traversals);
    }

    private EditorClient Client(ApiProcess api) => new(api, _token);

    private (string From, string To) NextPair() => (_keys[_pair++ % _keys.Count], _keys[_pair++ % _keys.Count]);

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
}
