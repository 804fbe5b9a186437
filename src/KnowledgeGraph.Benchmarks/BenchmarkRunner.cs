using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Benchmarks.Generation;
using KnowledgeGraph.Benchmarks.Measuring;
using KnowledgeGraph.Caching;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// For each size: builds (or reuses) the synthetic SQLite file, then times neighbourhoods (depth 2 and 3), shortest
/// paths and ALL paths through three traversals — the in-memory adjacency index and the per-level SQL query, both
/// uncached, and the caching decorator (memory only) over the index — and reports p50/p99 and memory. Every
/// scenario is bounded by a request count and by <see cref="MaxSecondsPerScenario"/>.
/// </summary>
public static class BenchmarkRunner
{
    public const int MaxSecondsPerScenario = 30;

    private const int Warmup = 5;

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output)
    {
        output.WriteLine($"Machine: {MachineInfo.Describe()}");
        output.WriteLine($"Load average at start: {MachineInfo.LoadAverage()}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Options: sizes {string.Join(",", options.Sizes)}, iterations {options.Iterations}, query iterations {options.QueryIterations}, seed {options.Seed}, data {Path.GetFullPath(options.DataDirectory)}"));
        Directory.CreateDirectory(options.DataDirectory);

        foreach (var size in options.Sizes)
        {
            await RunSizeAsync(options, size, output);
        }

        return 0;
    }

    private static async Task RunSizeAsync(BenchmarkOptions options, int size, TextWriter output)
    {
        var graph = new SyntheticGraphGenerator(size, options.Seed);
        var path = BenchmarkStore.PathFor(options.DataDirectory, graph);
        output.WriteLine();
        output.WriteLine($"## {size:N0} relationships, {graph.EntityCount:N0} entities, {graph.SourceCount:N0} sources ({Path.GetFileName(path)})");
        var loadSeconds = await BenchmarkStore.EnsureLoadedAsync(path, graph, output);
        output.WriteLine(loadSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"Loaded through ApplyAsync in {seconds:F1} s ({size / seconds:N0} relationships/s).")
            : "Reused the file of an earlier run.");

        var requests = Warmup + Math.Max(options.Iterations, options.QueryIterations);
        var roots = graph.SampleConnectedKeys(requests, options.Seed + 7);
        var ends = graph.SampleConnectedKeys(requests, options.Seed + 11);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{SqliteStoreOptions.SectionName}:{nameof(SqliteStoreOptions.Path)}"] = path,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSqliteGraphStore(configuration)
            .AddGraphCaching(configuration);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<SqliteGraphStore>();
        await store.InitializeAsync();
        var indexed = provider.GetRequiredService<SqliteGraphTraversal>();
        var cached = provider.GetRequiredService<IGraphTraversal>();
        using var perLevel = new SqliteGraphTraversal(store, SqliteAdjacencyMode.Query);

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        await indexed.Index!.GetAsync(CancellationToken.None);
        build.Stop();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Adjacency index: built in {build.Elapsed.TotalMilliseconds:F0} ms, {(heapAfter - heapBefore) / 1048576.0:F1} MiB of managed heap."));

        Scenario[] scenarios =
        [
            new("neighborhood depth 2", async (t, i) => (await t.GetNeighborhoodAsync(Neighborhood(roots[i], 2))).Nodes.Count),
            new("neighborhood depth 3", async (t, i) => (await t.GetNeighborhoodAsync(Neighborhood(roots[i], 3))).Nodes.Count),
            new("shortest path (max 6)", async (t, i) => (await t.FindPathsAsync(
                new PathSpec { FromKey = roots[i], ToKey = ends[i], MaxLength = 6, Mode = PathMode.Shortest })).Sum(p => p.Length)),
            new("ALL paths (max 4, first 10)", async (t, i) => (await t.FindPathsAsync(
                new PathSpec { FromKey = roots[i], ToKey = ends[i], MaxLength = 4, Mode = PathMode.All, First = 10 })).Count),
        ];

        output.WriteLine();
        output.WriteLine("| scenario | traversal | requests | p50 ms | p99 ms | mean result |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            await MeasureAsync(output, scenario, "SQLite, adjacency index, uncached", indexed, options.Iterations, warmCache: false);
            await MeasureAsync(output, scenario, "SQLite, per-level query, uncached", perLevel, options.QueryIterations, warmCache: false);
            await MeasureAsync(output, scenario, "cached (memory) over the index", cached, options.Iterations, warmCache: true);
        }

        if (options.ApiDll is not null)
        {
            var rootIds = roots.Take(20)
                .Select(k => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{graph.KindOf(k)}:{k}")))
                .ToList();
            await HttpComparison.RunAsync(
                options.ApiDll, path, rootIds, TimeSpan.FromSeconds(options.HttpSeconds), options.HttpConcurrency, output);
        }

        output.WriteLine($"Load average after measuring: {MachineInfo.LoadAverage()}");
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Memory: working set {process.WorkingSet64 / 1048576.0:F0} MiB, managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MiB; database file {BenchmarkStore.FileSize(path) / 1048576.0:F0} MiB."));
    }

    private static NeighborhoodSpec Neighborhood(string root, int depth) =>
        new() { RootKey = root, Depth = depth, Limit = 500, MaxExpansionPerNode = 50 };

    private static async Task MeasureAsync(
        TextWriter output, Scenario scenario, string name, IGraphTraversal traversal, int count, bool warmCache)
    {
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < Warmup; i++)
        {
            await scenario.Run(traversal, i);
        }

        if (warmCache)
        {
            for (var i = 0; i < count && budget.Elapsed.TotalSeconds < MaxSecondsPerScenario; i++)
            {
                await scenario.Run(traversal, Warmup + i);
            }

            budget.Restart();
        }

        var recorder = new LatencyRecorder();
        long resultTotal = 0;
        for (var i = 0; i < count && budget.Elapsed.TotalSeconds < MaxSecondsPerScenario; i++)
        {
            resultTotal += await recorder.TimeAsync(() => scenario.Run(traversal, Warmup + i));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {scenario.Name} | {name} | {recorder.Count} | {recorder.Percentile(50):F2} | {recorder.Percentile(99):F2} | {(double)resultTotal / Math.Max(1, recorder.Count):F1} |"));
    }
}
