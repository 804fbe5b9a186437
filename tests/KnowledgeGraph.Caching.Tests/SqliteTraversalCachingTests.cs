using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>The caching traversal over the real SQLite traversal, two instances sharing one file and one redis-server.</summary>
public sealed class SqliteTraversalCachingTests : IAsyncLifetime
{
    private InstancePair _pair = null!;

    public async Task InitializeAsync() => _pair = await InstancePair.StartAsync(sqliteTraversal: true);

    public async Task DisposeAsync() => await _pair.DisposeAsync();

    [Fact]
    public async Task Neighborhood_cached_on_one_instance_shows_a_write_made_on_the_other()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort, Depth = 2 };
        var cached = await _pair.B.Traversal.GetNeighborhoodAsync(spec);
        await _pair.B.Traversal.GetNeighborhoodAsync(spec);
        Assert.Equal(1, _pair.B.InnerTraversal.Calls);

        await _pair.A.Store.ApplyAsync(SampleGraph.AddAcademy);

        await Eventually.TrueAsync(
            async () => (await _pair.B.Traversal.GetNeighborhoodAsync(spec)).Nodes.Any(n => n.Key == SampleGraph.Academy),
            "instance B to show the academy written through A",
            TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(cached.Nodes, n => n.Key == SampleGraph.Academy);
        Assert.Contains(cached.Nodes, n => n.Key == SampleGraph.Kazakhstan);
    }

    [Fact]
    public async Task Paths_found_by_the_sqlite_traversal_are_cached_and_shared_through_redis()
    {
        var spec = new PathSpec { FromKey = SampleGraph.Ktz, ToKey = SampleGraph.Kazakhstan, Mode = PathMode.AllShortest };

        var fromA = await _pair.A.Traversal.FindPathsAsync(spec);
        await _pair.A.WaitUntilInRedisAsync((keys, version) => keys.Paths(version, spec));
        var fromB = await _pair.B.Traversal.FindPathsAsync(spec);
        var againFromB = await _pair.B.Traversal.FindPathsAsync(spec);

        Assert.Equal(1, _pair.A.InnerTraversal.Calls);
        Assert.Equal(0, _pair.B.InnerTraversal.Calls);
        Assert.Equal(2, _pair.B.Metrics.Total(GraphCacheMetrics.HitsName, ("operation", "paths")));
        var path = Assert.Single(fromA);
        Assert.Equal(path.Nodes.Select(n => n.Key), Assert.Single(fromB).Nodes.Select(n => n.Key));
        Assert.Equal(path.Hops.Select(h => (h.Relationship.Key, h.Forward)), Assert.Single(againFromB).Hops.Select(h => (h.Relationship.Key, h.Forward)));
    }
}
