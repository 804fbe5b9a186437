using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Benchmarks.Generation;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks.Measuring;

/// <summary>
/// The SQLite file of one benchmark size: <c>kg-bench-r{relationships}-s{seed}.db</c> in the data folder, loaded through
/// <see cref="SqliteGraphStore.ApplyAsync"/> in batches and reused when a previous run completed it (a <c>.complete</c>
/// marker file next to it).
/// </summary>
public static class BenchmarkStore
{
    public const int BatchSize = 20_000;

    public static string PathFor(string dataDirectory, SyntheticGraphGenerator graph) => Path.GetFullPath(Path.Combine(
        dataDirectory,
        string.Create(CultureInfo.InvariantCulture, $"kg-bench-r{graph.RelationshipCount}-s{graph.Seed}.db")));

    /// <summary>Loads the file when needed; returns the seconds spent loading, or null when the file was reused.</summary>
    public static async Task<double?> EnsureLoadedAsync(string path, SyntheticGraphGenerator graph, TextWriter log)
    {
        var marker = path + ".complete";
        if (File.Exists(path) && File.Exists(marker))
        {
            return null;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", marker })
        {
            File.Delete(file);
        }

        var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = path }));
        try
        {
            await store.InitializeAsync();
            var started = Stopwatch.StartNew();
            var done = 0;
            foreach (var batch in graph.Batches(BatchSize))
            {
                var applying = Stopwatch.StartNew();
                await store.ApplyAsync(batch);
                log.WriteLine($"  batch: {batch.UpsertSources.Count + batch.UpsertEntities.Count + batch.UpsertRelationships.Count:N0} records in {applying.Elapsed.TotalSeconds:F1} s");
                done += batch.UpsertRelationships.Count;
                if (batch.UpsertRelationships.Count > 0 && done % 200_000 == 0)
                {
                    log.WriteLine($"  loaded {done:N0} relationships in {started.Elapsed.TotalSeconds:F0} s");
                }
            }

            await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            return started.Elapsed.TotalSeconds;
        }
        finally
        {
            store.Connections.ClearPool();
            store.Dispose();
        }
    }

    /// <summary>Size of the database file and its write-ahead log, in bytes.</summary>
    public static long FileSize(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
