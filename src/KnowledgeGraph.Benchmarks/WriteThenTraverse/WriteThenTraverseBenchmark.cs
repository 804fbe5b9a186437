using System.Globalization;
using KnowledgeGraph.Benchmarks.Measuring;

namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// What a curator and a reader of a large graph feel, over HTTP against the real API process: the first traversal
/// after start (sent the moment the port listens, and sent once <c>/readyz</c> says ready), then rounds of one
/// <c>createCompany</c> followed at once by an uncached shortest <c>paths</c> query between two random entities.
/// </summary>
public static class WriteThenTraverseBenchmark
{
    public static async Task<int> RunAsync(WriteThenTraverseOptions options, TextWriter output)
    {
        var database = Path.GetFullPath(options.Database);
        var run = await WriteThenTraverseRun.PrepareAsync(options.ApiDll, database, options.Seed);

        output.WriteLine($"write-then-traverse on {database} ({BenchmarkStore.FileSize(database) / 1048576.0:F0} MB), {MachineInfo.Describe()}");

        // 1. A traversal sent as soon as the port listens: it waits for whatever the index needs at start.
        var listening = await run.FirstTraversalWhenListeningAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"start: listening after {listening.ListeningSeconds:F2} s, ready after {listening.ReadySeconds:F2} s; " +
            $"first traversal sent when listening answered in {listening.FirstTraversalMs:F0} ms"));

        // 2. A traversal sent once ready (what a load balancer would send first), then the write rounds.
        var (api, readySeconds) = await run.StartReadyAsync();
        await using (api)
        {
            var ready = await run.FirstRequestsAsync(api, readySeconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start: ready after {ready.ReadySeconds:F2} s; first request ({{ __typename }}) after ready {ready.FirstRequestMs:F0} ms, " +
                $"then the first traversal {ready.FirstTraversalMs:F0} ms"));

            var rounds = await run.RoundsAsync(api, options.Rounds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Rounds} paths without writes: p50 {rounds.Alone.Percentile(50):F1} ms, p99 {rounds.Alone.Percentile(99):F1} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Rounds} rounds: createCompany p50 {rounds.Writes.Percentile(50):F1} ms, p99 {rounds.Writes.Percentile(99):F1} ms; " +
                $"paths right after it p50 {rounds.AfterWrite.Percentile(50):F1} ms, p99 {rounds.AfterWrite.Percentile(99):F1} ms, max {rounds.AfterWrite.Percentile(100):F1} ms"));
        }

        return 0;
    }
}
