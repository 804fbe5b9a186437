using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>Without <c>ConnectionStrings:Redis</c>: one instance, in-process cache only, over a real SQLite store.</summary>
public sealed class MemoryOnlyCachingTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private GraphInstance _instance = null!;

    public async Task InitializeAsync()
    {
        _instance = await GraphInstance.StartAsync(_database.Path, redisConnectionString: null);
        await _instance.Store.ApplyAsync(SampleGraph.Initial);
    }

    public async Task DisposeAsync()
    {
        await _instance.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Neighborhood_is_served_from_the_cache_when_asked_again()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort, Depth = 2 };

        var first = await _instance.Traversal.GetNeighborhoodAsync(spec);
        var second = await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.Equal(1, _instance.InnerTraversal.Calls);
        Assert.Equal(Keys(first), Keys(second));
        Assert.Contains(SampleGraph.Kazakhstan, Keys(second));
        Assert.Equal(1, _instance.Metrics.Total(GraphCacheMetrics.MissesName, ("operation", "neighborhood")));
        Assert.Equal(1, _instance.Metrics.Total(GraphCacheMetrics.HitsName, ("operation", "neighborhood")));
    }

    [Fact]
    public async Task Neighborhood_specs_differing_only_in_set_order_share_one_entry()
    {
        var first = new NeighborhoodSpec
        {
            RootKey = SampleGraph.DryPort,
            RelationshipTypes = new HashSet<string> { RelationshipTypes.LocatedIn, RelationshipTypes.OperatedBy },
        };
        var second = first with { RelationshipTypes = new SortedSet<string> { RelationshipTypes.OperatedBy, RelationshipTypes.LocatedIn } };

        await _instance.Traversal.GetNeighborhoodAsync(first);
        var answer = await _instance.Traversal.GetNeighborhoodAsync(second);

        Assert.Equal(1, _instance.InnerTraversal.Calls);
        Assert.Equal([SampleGraph.Ktz, SampleGraph.DryPort, SampleGraph.Zhetysu], Keys(answer));
    }

    [Fact]
    public async Task Write_through_the_caching_store_invalidates_cached_neighborhood()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        var before = await _instance.Traversal.GetNeighborhoodAsync(spec);
        await _instance.Traversal.GetNeighborhoodAsync(spec);
        Assert.Equal(1, _instance.InnerTraversal.Calls);
        var invalidationsBefore = _instance.Metrics.Total(GraphCacheMetrics.InvalidationsName, ("cause", "write"));

        await _instance.Store.ApplyAsync(SampleGraph.AddAcademy);
        var after = await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.DoesNotContain(SampleGraph.Academy, Keys(before));
        Assert.Contains(SampleGraph.Academy, Keys(after));
        Assert.Equal(2, _instance.InnerTraversal.Calls);
        Assert.Equal(invalidationsBefore + 1, _instance.Metrics.Total(GraphCacheMetrics.InvalidationsName, ("cause", "write")));
    }

    [Fact]
    public async Task Paths_are_cached_and_show_a_renamed_entity_after_the_write()
    {
        var spec = new PathSpec { FromKey = SampleGraph.Ktz, ToKey = SampleGraph.Kazakhstan };
        var first = await _instance.Traversal.FindPathsAsync(spec);
        await _instance.Traversal.FindPathsAsync(spec);
        Assert.Equal(1, _instance.InnerTraversal.Calls);

        await _instance.Store.ApplyAsync(SampleGraph.RenameKtz("KTZ national railway company"));
        var renamed = await _instance.Traversal.FindPathsAsync(spec);

        Assert.Equal("Kazakhstan Temir Zholy", Assert.Single(first).Nodes[0].Name);
        var path = Assert.Single(renamed);
        Assert.Equal("KTZ national railway company", path.Nodes[0].Name);
        Assert.Equal([SampleGraph.Ktz, SampleGraph.DryPort, SampleGraph.Zhetysu, SampleGraph.Kazakhstan], path.Nodes.Select(n => n.Key));
        Assert.False(path.Hops[0].Forward);
        Assert.Equal(2, _instance.InnerTraversal.Calls);
    }

    [Fact]
    public async Task Relationship_reads_are_cached_per_anchor_and_only_missing_anchors_reach_the_store()
    {
        var query = new RelationshipQuery { Direction = RelationshipDirection.Both };
        var first = await _instance.Store.GetRelationshipsAsync([SampleGraph.DryPort, SampleGraph.Zhetysu], query);
        var readsAfterFirst = _instance.Counting.RelationshipReads;

        var cachedOnly = await _instance.Store.GetRelationshipsAsync([SampleGraph.Zhetysu], query);
        Assert.Equal(readsAfterFirst, _instance.Counting.RelationshipReads);

        var mixed = await _instance.Store.GetRelationshipsAsync([SampleGraph.Zhetysu, SampleGraph.Kazakhstan], query);

        Assert.Equal(readsAfterFirst + 1, _instance.Counting.RelationshipReads);
        Assert.Equal(SampleGraph.Kazakhstan, _instance.Counting.AnchorsRead[^1]);
        Assert.Equal(
            first.Where(h => h.AnchorKey == SampleGraph.Zhetysu).Select(h => h.Relationship.Key),
            cachedOnly.Select(h => h.Relationship.Key));
        Assert.Equal(["zhetysu-part-of-kazakhstan"], mixed.Where(h => h.AnchorKey == SampleGraph.Kazakhstan).Select(h => h.Relationship.Key));
        Assert.Equal(RelationshipDirection.Incoming, mixed.Single(h => h.AnchorKey == SampleGraph.Kazakhstan).Direction);
    }

    [Fact]
    public async Task Relationship_reads_show_a_new_relationship_after_a_write()
    {
        var query = new RelationshipQuery { Types = new HashSet<string> { RelationshipTypes.TrainsFor } };
        var before = await _instance.Store.GetRelationshipsAsync([SampleGraph.DryPort], query);

        await _instance.Store.ApplyAsync(SampleGraph.AddAcademy);
        var after = await _instance.Store.GetRelationshipsAsync([SampleGraph.DryPort], query);

        Assert.Empty(before);
        var hit = Assert.Single(after);
        Assert.Equal(SampleGraph.Academy, hit.Neighbour.Key);
    }

    [Fact]
    public async Task Unknown_root_is_reported_every_time_and_not_cached()
    {
        var spec = new NeighborhoodSpec { RootKey = "no-such-entity" };

        await Assert.ThrowsAsync<EntityNotFoundException>(() => _instance.Traversal.GetNeighborhoodAsync(spec));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _instance.Traversal.GetNeighborhoodAsync(spec));

        Assert.Equal(2, _instance.InnerTraversal.Calls);
    }

    [Fact]
    public async Task Rejected_write_changes_nothing_and_keeps_cached_answers()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        await _instance.Traversal.GetNeighborhoodAsync(spec);
        var dangling = new Domain.Writing.GraphChangeSet
        {
            UpsertRelationships = [new Relationship { Key = "dangling", Type = RelationshipTypes.LocatedIn, FromKey = SampleGraph.DryPort, ToKey = "nowhere", SourceKeys = [SampleGraph.SourceKey] }],
        };

        await Assert.ThrowsAsync<ValidationException>(() => _instance.Store.ApplyAsync(dangling));
        await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.Equal(1, _instance.InnerTraversal.Calls);
    }

    [Fact]
    public async Task Create_only_write_on_a_taken_key_reaches_the_store_as_such_and_is_refused_without_touching_the_cache()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        await _instance.Traversal.GetNeighborhoodAsync(spec);
        var relink = new Domain.Writing.GraphChangeSet
        {
            UpsertRelationships = [new Relationship { Key = "dry-port-in-zhetysu", Type = RelationshipTypes.LocatedIn, FromKey = SampleGraph.DryPort, ToKey = SampleGraph.Kazakhstan, SourceKeys = [SampleGraph.SourceKey] }],
            CreateOnlyRelationshipKeys = ["dry-port-in-zhetysu"],
        };

        var refused = await Assert.ThrowsAsync<ValidationException>(() => _instance.Store.ApplyAsync(relink));
        var after = await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.Equal(ValidationCodes.DuplicateKey, Assert.Single(refused.Errors).Code);
        Assert.Equal(SampleGraph.Zhetysu, Assert.Single(await _instance.Store.GetRelationshipsByKeyAsync(["dry-port-in-zhetysu"])).ToKey);
        Assert.Contains(SampleGraph.Zhetysu, Keys(after));
        Assert.Equal(1, _instance.InnerTraversal.Calls);
    }

    [Fact]
    public async Task Write_that_fails_after_committing_does_not_leave_a_stale_answer()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.DryPort };
        await _instance.Traversal.GetNeighborhoodAsync(spec);
        _instance.Counting.FailNextWriteAfterCommit = true;

        await Assert.ThrowsAsync<IOException>(() => _instance.Store.ApplyAsync(SampleGraph.AddAcademy));
        var after = await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.Contains(SampleGraph.Academy, Keys(after));
        Assert.Equal(2, _instance.InnerTraversal.Calls);
    }

    [Fact]
    public async Task Durations_are_recorded_with_operation_and_cached_tags()
    {
        var spec = new NeighborhoodSpec { RootKey = SampleGraph.Kazakhstan };

        await _instance.Traversal.GetNeighborhoodAsync(spec);
        await _instance.Traversal.GetNeighborhoodAsync(spec);

        Assert.Equal(1, _instance.Metrics.Total(GraphCacheMetrics.DurationName, ("operation", "neighborhood"), ("cached", false)));
        Assert.Equal(1, _instance.Metrics.Total(GraphCacheMetrics.DurationName, ("operation", "neighborhood"), ("cached", true)));
        Assert.Equal(0, _instance.Metrics.Total(GraphCacheMetrics.BypassesName));
    }

    private static string[] Keys(Subgraph subgraph) => [.. subgraph.Nodes.Select(n => n.Key).Order(StringComparer.Ordinal)];
}
