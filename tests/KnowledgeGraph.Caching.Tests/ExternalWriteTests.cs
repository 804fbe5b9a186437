using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>
/// Without Redis, a write made by another process on the same SQLite file (here a second store, as the command-line
/// <c>import</c> opens one) reaches a running instance through its periodic graph-version check.
/// </summary>
public sealed class ExternalWriteTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly TempDatabase _database = new();
    private readonly ManualClock _clock = new();
    private GraphInstance _instance = null!;
    private SqliteGraphStore _otherProcess = null!;

    public async Task InitializeAsync()
    {
        _instance = await GraphInstance.StartAsync(
            _database.Path, redisConnectionString: null, sqliteTraversal: true,
            configure: services => services.AddSingleton<TimeProvider>(_clock));
        await _instance.Store.ApplyAsync(SampleGraph.Initial);
        _otherProcess = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = _database.Path }));
    }

    public async Task DisposeAsync()
    {
        _otherProcess.Dispose();
        await _instance.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_write_by_another_process_is_served_once_the_check_interval_has_passed()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        var before = await _instance.Traversal.GetNeighborhoodAsync(spec);

        var written = await _otherProcess.ApplyAsync(SampleGraph.AddAcademy);
        var withinInterval = await _instance.Traversal.GetNeighborhoodAsync(spec);
        _clock.Advance(Interval);
        var after = await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.DoesNotContain(before.Nodes, n => n.Key == SampleGraph.Academy);
        Assert.DoesNotContain(withinInterval.Nodes, n => n.Key == SampleGraph.Academy);
        Assert.Contains(after.Nodes, n => n.Key == SampleGraph.Academy);
        Assert.Equal(2, _instance.InnerTraversal.Calls);
        Assert.Equal(written.GraphVersion, await _instance.Versions.GetCacheVersionAsync());
        Assert.Equal(1, _instance.Metrics.Total(GraphCacheMetrics.InvalidationsName, ("cause", "external")));
    }

    [Fact]
    public async Task The_new_version_is_announced_on_the_change_feed()
    {
        var recorder = new ChangeRecorder();
        using var subscription = _instance.Services.GetRequiredService<IGraphChangeFeed>().Changes.Subscribe(recorder);
        await _instance.Versions.GetCacheVersionAsync();

        var written = await _otherProcess.ApplyAsync(SampleGraph.AddAcademy);
        _clock.Advance(Interval);
        await _instance.Versions.GetCacheVersionAsync();

        Assert.Equal([written.GraphVersion], recorder.Versions);
    }

    [Fact]
    public async Task Reads_within_one_interval_check_the_store_version_at_most_once()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        await _instance.Traversal.GetNeighborhoodAsync(spec);
        _clock.Advance(Interval);
        var checksBefore = _instance.Counting.VersionReads;

        for (var i = 0; i < 20; i++)
        {
            await _instance.Traversal.GetNeighborhoodAsync(spec);
        }

        Assert.Equal(checksBefore + 1, _instance.Counting.VersionReads);
        Assert.Equal(1, _instance.InnerTraversal.Calls);
    }

    [Fact]
    public async Task With_the_system_clock_a_foreign_write_is_seen_after_a_short_interval()
    {
        await using var instance = await GraphInstance.StartAsync(
            _database.Path, redisConnectionString: null, new Dictionary<string, string?> { ["Caching:ExternalWriteCheckInterval"] = "00:00:00.050" });
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        await instance.Traversal.GetNeighborhoodAsync(spec);

        await _otherProcess.ApplyAsync(SampleGraph.AddAcademy);

        await Eventually.TrueAsync(
            async () => (await instance.Traversal.GetNeighborhoodAsync(spec)).Nodes.Any(n => n.Key == SampleGraph.Academy),
            "the instance to serve the academy written by the other store");
    }
}
