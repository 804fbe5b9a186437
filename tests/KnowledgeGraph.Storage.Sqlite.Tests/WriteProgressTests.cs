using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A change set's progress is reported from inside the write, and a cancellation there rolls everything back.</summary>
public sealed class WriteProgressTests : IDisposable
{
    /// <summary>Enough records for reports part-way, not only at the ends.</summary>
    private const int EntityCount = 2100;

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Records_then_history_entries_are_reported_every_so_many_records_and_at_the_end_of_each_stage()
    {
        using var store = await _database.CreateInitializedStoreAsync();
        var reports = new List<GraphWriteProgress>();
        var changes = ManyEntities() with { Progress = new Recorder(reports.Add) };

        await store.ApplyAsync(changes);

        var total = changes.RecordCount;
        var records = reports.Where(r => r.Stage == GraphWriteStage.Records).ToList();
        Assert.Equal(0, records[0].Done);
        Assert.Equal(total, records[^1].Done);
        Assert.Contains(records, r => r.Done > 0 && r.Done < total);
        Assert.All(records, r => Assert.Equal(total, r.Total));
        Assert.Equal(records.Select(r => r.Done).Order(), records.Select(r => r.Done));
        Assert.Equal(reports.Count, records.Count + reports.SkipWhile(r => r.Stage == GraphWriteStage.Records).Count());
        Assert.Equal((GraphWriteStage.History, total, total), (reports[^1].Stage, reports[^1].Done, reports[^1].Total));
    }

    [Fact]
    public async Task A_write_cancelled_part_way_leaves_the_store_as_it_was()
    {
        using var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([Entity("before")]));
        var version = await store.GetGraphVersionAsync();
        using var cancellation = new CancellationTokenSource();
        var changes = ManyEntities() with
        {
            Progress = new Recorder(p =>
            {
                if (p.Done > 0)
                {
                    cancellation.Cancel();
                }
            }),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ApplyAsync(changes, cancellation.Token));

        Assert.Equal(version, await store.GetGraphVersionAsync());
        Assert.Empty(await store.GetEntitiesAsync(["bulk-0", "bulk-1"]));
    }

    public void Dispose() => _database.Dispose();

    private static GraphChangeSet ManyEntities() =>
        Graph(Enumerable.Range(0, EntityCount).Select(i => Entity($"bulk-{i}")));

    /// <summary>Hears each report at once, on the writing thread (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class Recorder(Action<GraphWriteProgress> report) : IProgress<GraphWriteProgress>
    {
        public void Report(GraphWriteProgress value) => report(value);
    }
}
