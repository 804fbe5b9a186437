using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>
/// Two service instances (own providers, own L1, own multiplexers) over one SQLite file and one real redis-server.
/// Each test has its own Redis process, since some stop and restart it.
/// </summary>
public sealed class RedisCachingTests : IAsyncLifetime
{
    private static readonly NeighborhoodSpec DryPortNeighborhood = new() { RootKey = SampleGraph.DryPort };

    private InstancePair _pair = null!;

    public async Task InitializeAsync() => _pair = await InstancePair.StartAsync();

    public async Task DisposeAsync() => await _pair.DisposeAsync();

    [Fact]
    public async Task Write_on_one_instance_replaces_the_answer_cached_by_the_other()
    {
        var stale = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        Assert.Equal(1, _pair.B.InnerTraversal.Calls);
        Assert.DoesNotContain(SampleGraph.Academy, Keys(stale));

        await _pair.A.Store.ApplyAsync(SampleGraph.AddAcademy);

        await Eventually.TrueAsync(
            async () => Keys(await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood)).Contains(SampleGraph.Academy),
            "instance B to answer with the academy written through A",
            TimeSpan.FromSeconds(10));
        Assert.True(_pair.B.Metrics.Total(GraphCacheMetrics.InvalidationsName, ("cause", "pubsub")) >= 1);
        Assert.Equal(0, _pair.B.Metrics.Total(GraphCacheMetrics.BypassesName));
    }

    [Fact]
    public async Task Relationship_reads_cached_on_one_instance_are_refreshed_after_a_write_on_the_other()
    {
        var query = new RelationshipQuery();
        var before = await _pair.B.Store.GetRelationshipsAsync([SampleGraph.DryPort], query);
        var readsAfterFirst = _pair.B.Counting.RelationshipReads;
        await _pair.B.Store.GetRelationshipsAsync([SampleGraph.DryPort], query);
        Assert.Equal(readsAfterFirst, _pair.B.Counting.RelationshipReads);

        await _pair.A.Store.ApplyAsync(SampleGraph.RenameKtz("KTZ"));

        await Eventually.TrueAsync(
            async () => (await _pair.B.Store.GetRelationshipsAsync([SampleGraph.DryPort], query)).Any(h => h.Neighbour.Name == "KTZ"),
            "instance B to show the operator renamed through A",
            TimeSpan.FromSeconds(10));
        Assert.Contains(before, h => h.Neighbour.Name == "Kazakhstan Temir Zholy");
    }

    [Fact]
    public async Task Answer_cached_by_one_instance_is_served_to_the_other_from_redis()
    {
        var spec = new PathSpec { FromKey = SampleGraph.Ktz, ToKey = SampleGraph.Kazakhstan };
        var fromA = await _pair.A.Traversal.FindPathsAsync(spec);
        await _pair.A.WaitUntilInRedisAsync((keys, version) => keys.Paths(version, spec));

        var fromB = await _pair.B.Traversal.FindPathsAsync(spec);

        Assert.Equal(0, _pair.B.InnerTraversal.Calls);
        Assert.Equal(1, _pair.B.Metrics.Total(GraphCacheMetrics.HitsName, ("operation", "paths")));
        var expected = Assert.Single(fromA);
        var actual = Assert.Single(fromB);
        Assert.Equal(expected.Nodes.Select(n => (n.Key, n.Name, n.Version)), actual.Nodes.Select(n => (n.Key, n.Name, n.Version)));
        Assert.Equal(expected.Hops.Select(h => (h.Relationship.Key, h.Forward)), actual.Hops.Select(h => (h.Relationship.Key, h.Forward)));
    }

    [Fact]
    public async Task Instances_answer_uncached_while_redis_is_down_and_resume_caching_without_stale_answers()
    {
        var cached = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        Assert.Equal(1, _pair.B.InnerTraversal.Calls);

        await _pair.Redis.StopAsync();
        await _pair.A.WaitUntilBypassingAsync();
        await _pair.B.WaitUntilBypassingAsync();

        var duringOutageBeforeWrite = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        await _pair.A.Store.ApplyAsync(SampleGraph.AddAcademy);
        var duringOutageOnB = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        var duringOutageOnA = await _pair.A.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);

        Assert.Equal(3, _pair.B.InnerTraversal.Calls);
        Assert.Equal(2, _pair.B.Metrics.Total(GraphCacheMetrics.BypassesName, ("operation", "neighborhood")));
        Assert.Equal(1, _pair.A.Metrics.Total(GraphCacheMetrics.BypassesName, ("operation", "neighborhood")));
        Assert.Equal(Keys(cached), Keys(duringOutageBeforeWrite));
        Assert.Contains(SampleGraph.Academy, Keys(duringOutageOnB));
        Assert.Contains(SampleGraph.Academy, Keys(duringOutageOnA));

        await _pair.Redis.StartAgainAsync();
        await _pair.A.WaitUntilCachingAsync();
        await _pair.B.WaitUntilCachingAsync();
        var callsBeforeResume = _pair.B.InnerTraversal.Calls;

        var afterRestart = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        var afterRestartAgain = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);

        Assert.DoesNotContain(SampleGraph.Academy, Keys(cached));
        Assert.Contains(SampleGraph.Academy, Keys(afterRestart));
        Assert.Equal(Keys(afterRestart), Keys(afterRestartAgain));
        Assert.Equal(callsBeforeResume + 1, _pair.B.InnerTraversal.Calls);
        Assert.True(_pair.B.Metrics.Total(GraphCacheMetrics.HitsName, ("operation", "neighborhood")) >= 2);
    }

    [Fact]
    public async Task Write_made_while_redis_is_down_is_seen_by_an_instance_that_cached_before_the_outage()
    {
        var spec = new PathSpec { FromKey = SampleGraph.Ktz, ToKey = SampleGraph.Kazakhstan };
        var before = await _pair.B.Traversal.FindPathsAsync(spec);
        await _pair.B.Traversal.FindPathsAsync(spec);
        Assert.Equal(1, _pair.B.InnerTraversal.Calls);

        await _pair.Redis.StopAsync();
        await _pair.A.WaitUntilBypassingAsync();
        await _pair.A.Store.ApplyAsync(SampleGraph.RenameKtz("Temir Zholy"));
        await _pair.Redis.StartAgainAsync();
        await _pair.A.WaitUntilCachingAsync();
        await _pair.B.WaitUntilCachingAsync();

        var after = await _pair.B.Traversal.FindPathsAsync(spec);

        Assert.Equal("Kazakhstan Temir Zholy", Assert.Single(before).Nodes[0].Name);
        Assert.Equal("Temir Zholy", Assert.Single(after).Nodes[0].Name);
    }

    [Fact]
    public async Task Write_that_fails_after_committing_is_still_announced_to_the_other_instance()
    {
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        Assert.Equal(1, _pair.B.InnerTraversal.Calls);
        _pair.A.Counting.FailNextWriteAfterCommit = true;

        await Assert.ThrowsAsync<IOException>(() => _pair.A.Store.ApplyAsync(SampleGraph.AddAcademy));

        await Eventually.TrueAsync(
            async () => Keys(await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood)).Contains(SampleGraph.Academy),
            "instance B to show the academy whose write failed after committing on A",
            TimeSpan.FromSeconds(10));
        Assert.Equal(0, _pair.A.InnerTraversal.Calls);
    }

    [Fact]
    public async Task Write_made_while_the_subscription_is_lost_is_seen_once_it_is_back()
    {
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        Assert.Equal(1, _pair.B.InnerTraversal.Calls);

        await _pair.Redis.KillSubscribersAsync();
        await _pair.A.Store.ApplyAsync(SampleGraph.AddAcademy);

        await Eventually.TrueAsync(
            async () => Keys(await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood)).Contains(SampleGraph.Academy),
            "instance B to show the academy written while its subscription was down");
        await _pair.B.WaitUntilCachingAsync();
        await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);
        var callsBefore = _pair.B.InnerTraversal.Calls;
        var cachedAgain = await _pair.B.Traversal.GetNeighborhoodAsync(DryPortNeighborhood);

        Assert.Contains(SampleGraph.Academy, Keys(cachedAgain));
        Assert.Equal(callsBefore, _pair.B.InnerTraversal.Calls);
    }

    private static string[] Keys(Subgraph subgraph) => [.. subgraph.Nodes.Select(n => n.Key).Order(StringComparer.Ordinal)];
}
