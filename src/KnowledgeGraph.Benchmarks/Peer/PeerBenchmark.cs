using System.Globalization;
using System.Text;
using KnowledgeGraph.Benchmarks.Hostile;
using KnowledgeGraph.Benchmarks.Measuring;
using KnowledgeGraph.Benchmarks.WriteThenTraverse;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// One run per size of everything issue #12 compares with Kuzu, on the peer kit's graph: the project's CSV import and
/// Kuzu's <c>COPY</c> as whole child processes (wall, CPU, peak memory, database size), SQLite alone writing the
/// imported store again (<see cref="SqliteFloor"/>: what no importer on this store can beat), the first traversal after start
/// (the moment <c>/healthz</c> answers, and once <c>/readyz</c> answers), the kit's <c>compare_traversals.mjs</c> against
/// the API serving the imported file (same pairs on both sides), write-then-traverse's rounds on that same API, and the
/// API's memory while serving. The report (one markdown table per size) goes to <c>output</c>, progress to <c>log</c>.
/// </summary>
public static class PeerBenchmark
{
    public static async Task<int> RunAsync(PeerOptions options, TextWriter output, TextWriter log)
    {
        var kit = PeerKit.Open(options.Kit);
        var bench = Path.GetFullPath(options.BenchDirectory);
        var data = Path.GetFullPath(options.DataDirectory);
        var apiDll = Path.GetFullPath(options.ApiDll);
        if (!File.Exists(apiDll))
        {
            throw new ArgumentException($"No API build at '{apiDll}'; run `dotnet build src/KnowledgeGraph.Api -c Release` first.");
        }

        Directory.CreateDirectory(data);
        await EnsureKuzuAsync(bench, data, log);

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"Machine: {MachineInfo.Describe()}\n\n");
        report.Append(CultureInfo.InvariantCulture, $"Load average at start: {MachineInfo.LoadAverage()}\n\n");
        report.Append(CultureInfo.InvariantCulture,
            $"Options: sizes {string.Join(",", options.Sizes)}, pairs {options.Pairs}, rounds {options.Rounds}, kit {kit.Directory}, API {apiDll}\n");
        foreach (var size in options.Sizes)
        {
            var result = await RunSizeAsync(options, size, kit, bench, data, apiDll, log);
            report.Append('\n').Append(PeerTable.Render(result));
            report.Append(CultureInfo.InvariantCulture, $"\nLoad average after {size:N0}: {MachineInfo.LoadAverage()}\n");
            if (options.Output is { } file)
            {
                await File.WriteAllTextAsync(file, report.ToString());
            }
        }

        await output.WriteAsync(report.ToString());
        return 0;
    }

    private static async Task<PeerSizeResult> RunSizeAsync(
        PeerOptions options, int size, PeerKit kit, string bench, string data, string apiDll, TextWriter log)
    {
        log.WriteLine($"== {size:N0} relationships");
        var (graph, csv) = await kit.EnsureGraphAsync(size, data, log);
        var logs = Directory.CreateDirectory(Path.Combine(data, "logs")).FullName;
        string LogFile(string step) => Path.Combine(logs, string.Create(CultureInfo.InvariantCulture, $"{size}-{step}.log"));

        var database = Path.Combine(data, string.Create(CultureInfo.InvariantCulture, $"kg-peer-{size}.db"));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }

        log.WriteLine("Project: CSV import into a fresh SQLite file");
        var (import, _) = await TimedChild.RunAsync("dotnet",
            [
                apiDll, "import",
                "--entities", Path.Combine(csv, "entities.csv"),
                "--relationships", Path.Combine(csv, "relationships.csv"),
                "--sources", Path.Combine(csv, "sources.csv"),
                $"--Storage:Sqlite:Path={database}", "--Seed:LoadOnStartup=false",
            ],
            LogFile("import"),
            Path.GetDirectoryName(apiDll));
        var databaseBytes = BenchmarkStore.FileSize(database);

        log.WriteLine("SQLite alone: the same store written again from the imported rows");
        var floor = SqliteFloor.Measure(database);

        log.WriteLine("Kuzu: COPY into a fresh database");
        var (kuzuImport, kuzuOutput) = await TimedChild.RunAsync("node", [Path.Combine(bench, "kuzu-copy.mjs"), graph], LogFile("kuzu-copy"));

        var run = await WriteThenTraverseRun.PrepareAsync(apiDll, database, options.Seed);
        log.WriteLine("Project: first traversal the moment /healthz answers");
        var listening = await run.FirstTraversalWhenListeningAsync();

        log.WriteLine("Project: started again; first traversal once /readyz answers");
        var (api, readySeconds) = await run.StartReadyAsync();
        await using (api)
        {
            await using var sampler = new ProcessSampler(api.Id, ProcessSample.ReadRunning(api.Id));
            var ready = await run.FirstRequestsAsync(api, readySeconds);

            log.WriteLine($"compare_traversals.mjs: {options.Pairs} pairs, both sides");
            var (comparisonProcess, comparisonOutput) = await TimedChild.RunAsync("node",
                [
                    "--import", Path.Combine(bench, "kuzu-register.mjs"), kit.CompareScript,
                    graph, new Uri(api.BaseAddress, "graphql").ToString(), options.Pairs.ToString(CultureInfo.InvariantCulture),
                ],
                LogFile("compare"));

            log.WriteLine($"write-then-traverse: {options.Rounds} rounds");
            var rounds = await run.RoundsAsync(api, options.Rounds);
            var end = sampler.Take(api.Id) ?? throw new InvalidOperationException("The API exited while being measured.");

            return new PeerSizeResult
            {
                Relationships = size,
                Entities = File.ReadLines(Path.Combine(graph, "nodes.csv")).Count(),
                ProjectImport = import,
                ProjectDatabaseBytes = databaseBytes,
                Floor = floor,
                KuzuImport = kuzuImport,
                KuzuCopy = KuzuCopyResult.Parse(kuzuOutput),
                Listening = listening,
                Ready = ready,
                Comparison = KitComparison.Parse(comparisonOutput),
                ComparisonProcess = comparisonProcess,
                Rounds = rounds.Rounds,
                AfterWrite = Of(rounds.AfterWrite),
                WithoutWrites = Of(rounds.Alone),
                Writes = Of(rounds.Writes),
                ServingPeakRssMib = sampler.PeakRssMegabytes,
                ServingEndRssMib = end.RssMegabytes,
            };
        }
    }

    /// <summary>Installs the pinned Kuzu from bench/peer's lock file when it is not there yet.</summary>
    private static async Task EnsureKuzuAsync(string bench, string data, TextWriter log)
    {
        if (Directory.Exists(Path.Combine(bench, "node_modules", "kuzu")))
        {
            return;
        }

        log.WriteLine($"Installing Kuzu: npm ci --prefix {bench}");
        await TimedChild.RunAsync("npm", ["ci", "--prefix", bench, "--no-audit", "--no-fund", "--loglevel=error"], Path.Combine(data, "npm-ci.log"));
    }

    private static Percentiles Of(LatencyRecorder recorder) => new(recorder.Percentile(50), recorder.Percentile(99));
}
