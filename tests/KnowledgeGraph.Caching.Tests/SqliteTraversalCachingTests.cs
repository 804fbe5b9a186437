using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>The caching traversal over the real SQLite traversal, two instances sharing one file and one redis-server.</summary>
public sealed class SqliteTraversalCachingTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private RedisServer _redis = null!;
    private GraphInstance _a = null!;
    private GraphInstance _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        try
        {
            _a = await GraphInstance.StartAsync(_database.Path, _redis.ConnectionString, sqliteTraversal: true);
            _b = await GraphInstance.StartAsync(_database.Path, _redis.ConnectionString, sqliteTraversal: true);
            await _a.WaitUntilCachingAsync();
            await _b.WaitUntilCachingAsync();
            var seeded = await _a.Store.ApplyAsync(SampleGraph.Initial);
            await _b.WaitUntilVersionAsync(seeded.GraphVersion);
        }
        catch
        {
            // xunit does not call DisposeAsync when set-up fails: stop the server here.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await _redis.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Neighborhood_cached_on_one_instance_shows_a_write_made_on_the_other()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort, Depth = 2 };
        var cached = await _b.Traversal.GetNeighborhoodAsync(spec);
        await _b.Traversal.GetNeighborhoodAsync(spec);
        Assert.Equal(1, _b.InnerTraversal.Calls);

        await _a.Store.ApplyAsync(SampleGraph.AddAcademy);

        await Eventually.TrueAsync(
            async () => (await _b.Traversal.GetNeighborhoodAsync(spec)).Nodes.Any(n => n.Key == SampleGraph.Academy),
            "instance B to show the academy written through A",
            TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(cached.Nodes, n => n.Key == SampleGraph.Academy);
        Assert.Contains(cached.Nodes, n => n.Key == SampleGraph.Kazakhstan);
    }

    [Fact]
    public async Task Paths_found_by_the_sqlite_traversal_are_cached_and_shared_through_redis()
    {
        var spec = new PathSpec { FromKey = SampleGraph.Ktz, ToKey = SampleGraph.Kazakhstan, Mode = PathMode.AllShortest };

        var fromA = await _a.Traversal.FindPathsAsync(spec);
        await _a.WaitUntilInRedisAsync((keys, version) => keys.Paths(version, spec));
        var fromB = await _b.Traversal.FindPathsAsync(spec);
        var againFromB = await _b.Traversal.FindPathsAsync(spec);

        Assert.Equal(1, _a.InnerTraversal.Calls);
        Assert.Equal(0, _b.InnerTraversal.Calls);
        Assert.Equal(2, _b.Metrics.Total(GraphCacheMetrics.HitsName, ("operation", "paths")));
        var path = Assert.Single(fromA);
        Assert.Equal(path.Nodes.Select(n => n.Key), Assert.Single(fromB).Nodes.Select(n => n.Key));
        Assert.Equal(path.Hops.Select(h => (h.Relationship.Key, h.Forward)), Assert.Single(againFromB).Hops.Select(h => (h.Relationship.Key, h.Forward)));
    }
}
