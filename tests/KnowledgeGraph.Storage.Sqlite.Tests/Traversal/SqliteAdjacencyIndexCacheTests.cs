using KnowledgeGraph.Conformance.Traversal;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Xunit;
using static KnowledgeGraph.Conformance.TestImports;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Traversal;

public sealed class SqliteAdjacencyIndexCacheTests : IDisposable
{
    private readonly TemporarySqliteStores _stores = new();

    [Fact]
    public async Task A_write_is_applied_to_the_index_without_a_rebuild()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);

        await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });
        await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [TraversalTestGraph.Relationship("tokayev", RelationshipTypes.Supports, "bri")],
        });
        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });

        Assert.Equal((1, 1), (traversal.Index!.BuildCount, traversal.Index.UpdateCount));
        Assert.Equal(2, Assert.Single(paths).Length);
    }

    [Fact]
    public async Task Deletions_and_a_relationship_replaced_with_another_type_answer_as_a_fresh_index()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);
        await traversal.Index!.GetAsync(default);
        var moved = TraversalTestGraph.Relationship("khorgos", RelationshipTypes.FundedBy, "cosco");

        GraphChangeSet[] writes =
        [
            new() { DeleteEntityKeys = ["ktz"] },
            new() { DeleteRelationshipKeys = [TraversalTestGraph.Key("almaty", RelationshipTypes.PartOf, "kazakhstan")] },
            new() { UpsertRelationships = [moved with { Type = RelationshipTypes.OperatedBy }] },
            new()
            {
                UpsertEntities = [new EntityUpsert(new Entity { Key = "astana", Kind = EntityKind.Region, Name = "Astana", SourceKeys = [TraversalTestGraph.SourceKey] })],
                UpsertRelationships = [TraversalTestGraph.Relationship("astana", RelationshipTypes.PartOf, "kazakhstan")],
            },
        ];
        foreach (var write in writes)
        {
            await store.ApplyAsync(write);
            using var fresh = new SqliteGraphTraversal(store);

            Assert.Equal(await DescribeAsync(await fresh.Index!.GetAsync(default)), await DescribeAsync(await traversal.Index.GetAsync(default)));
        }

        Assert.Equal((1, writes.Length), (traversal.Index.BuildCount, traversal.Index.UpdateCount));
    }

    [Fact]
    public async Task A_write_through_another_store_on_the_same_file_is_read_from_the_change_log()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        var other = await _stores.OpenAgainAsync(store);
        using var traversal = new SqliteGraphTraversal(store);
        await traversal.Index!.GetAsync(default);

        await other.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["cosco"] });
        var neighbourhood = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });

        Assert.DoesNotContain(neighbourhood.Nodes, e => e.Key == "cosco");
        Assert.Equal((1, 1), (traversal.Index.BuildCount, traversal.Index.UpdateCount));
    }

    [Fact]
    public async Task A_gap_over_the_limit_is_rebuilt_in_the_background_while_the_old_version_keeps_answering()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        var other = await _stores.OpenAgainAsync(store);
        using var traversal = new SqliteGraphTraversal(store, new SqliteTraversalOptions { IncrementalMaxChanges = 2 });
        var cache = traversal.Index!;
        var old = await cache.GetAtLeastAsync(await store.GetGraphVersionAsync(), default);
        var hold = new TaskCompletionSource();
        cache.BeforeBuild = () => hold.Task;

        await other.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships =
            [
                TraversalTestGraph.Relationship("tokayev", RelationshipTypes.Supports, "bri"),
                TraversalTestGraph.Relationship("xi", RelationshipTypes.Supports, "nurly-zhol"),
                TraversalTestGraph.Relationship("lonely", RelationshipTypes.Supports, "bri"),
            ],
        });
        var newVersion = await store.GetGraphVersionAsync();
        var waiting = cache.GetAtLeastAsync(newVersion, default).AsTask();
        var duringRebuild = await cache.GetAtLeastAsync(old.Version, default);
        var waitedBeforeRelease = waiting.IsCompleted;
        hold.SetResult();
        var rebuilt = await waiting;

        Assert.Same(old, duringRebuild);
        Assert.False(waitedBeforeRelease);
        Assert.Equal(newVersion, rebuilt.Version);
        Assert.True(rebuilt.Index.Contains("lonely"));
        Assert.Equal((2, 0), (cache.BuildCount, cache.UpdateCount));
    }

    [Fact]
    public async Task A_change_record_it_cannot_apply_one_by_one_such_as_an_import_level_record_means_a_rebuild()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);
        await traversal.Index!.GetAsync(default);

        await using (var connection = await store.Connections.OpenAsync(default))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                BEGIN IMMEDIATE;
                INSERT INTO entities (key, kind, name, name_folded, version) VALUES ('imported', 'Company', 'Imported', 'imported', 1);
                UPDATE graph_meta SET graph_version = graph_version + 1 WHERE id = 1;
                INSERT INTO change_sets (graph_version, at) SELECT graph_version, '2026-12-04T00:00:00Z' FROM graph_meta;
                INSERT INTO change_log (sequence, subject_kind, subject_key, operation, graph_version)
                    SELECT MAX(sequence) + 1, 'Import', 'bulk', 'Imported', (SELECT graph_version FROM graph_meta) FROM change_log;
                COMMIT;
                """;
            await command.ExecuteNonQueryAsync();
        }

        var neighbourhood = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "imported" });

        Assert.Equal("imported", Assert.Single(neighbourhood.Nodes).Key);
        Assert.Equal((2, 0), (traversal.Index.BuildCount, traversal.Index.UpdateCount));
    }

    [Fact]
    public async Task An_index_built_before_a_bulk_import_by_another_store_is_rebuilt_to_serve_the_imported_graph()
    {
        var store = await _stores.CreateAsync();
        var other = await _stores.OpenAgainAsync(store);
        using var traversal = new SqliteGraphTraversal(store);
        await traversal.Index!.GetAsync(default);

        // The import's creations have no change rows (only its source has one): the catch-up must not apply just those.
        await ImportAsync(other, TraversalTestGraph.ChangeSet);
        var neighbourhood = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });
        using var fresh = new SqliteGraphTraversal(store);

        Assert.Contains(neighbourhood.Nodes, e => e.Key == "cosco");
        Assert.Equal(await DescribeAsync(await fresh.Index!.GetAsync(default)), await DescribeAsync(await traversal.Index.GetAsync(default)));
        Assert.Equal((2, 0), (traversal.Index.BuildCount, traversal.Index.UpdateCount));
    }

    [Fact]
    public async Task A_change_of_imported_records_is_caught_up_without_rereading_the_creation_rows_it_writes_first()
    {
        var store = await _stores.CreateAsync();
        await ImportAsync(store, TraversalTestGraph.ChangeSet);
        var other = await _stores.OpenAgainAsync(store);
        var removed = TraversalTestGraph.Relationships.Count(r => r.FromKey == "cosco" || r.ToKey == "cosco") + 1;

        // Exactly the deletion records: the creation rows written before them lie in the range the build already holds.
        using var traversal = new SqliteGraphTraversal(store, new SqliteTraversalOptions { IncrementalMaxChanges = removed });
        await traversal.Index!.GetAsync(default);
        await other.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["cosco"] });
        var neighbourhood = await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });
        using var fresh = new SqliteGraphTraversal(store);

        Assert.DoesNotContain(neighbourhood.Nodes, e => e.Key == "cosco");
        Assert.Equal(await DescribeAsync(await fresh.Index!.GetAsync(default)), await DescribeAsync(await traversal.Index.GetAsync(default)));
        Assert.Equal((1, 1), (traversal.Index.BuildCount, traversal.Index.UpdateCount));
    }

    [Fact]
    public async Task Concurrent_readers_never_get_an_index_older_than_the_version_they_read()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        var other = await _stores.OpenAgainAsync(store);
        using var traversal = new SqliteGraphTraversal(store);
        var cache = traversal.Index!;

        async Task WriteThenReadAsync(int i)
        {
            var key = $"company-{i}";
            await other.ApplyAsync(new GraphChangeSet
            {
                UpsertEntities = [new EntityUpsert(new Entity { Key = key, Kind = EntityKind.Company, Name = key, SourceKeys = [TraversalTestGraph.SourceKey] })],
                UpsertRelationships = [TraversalTestGraph.Relationship(key, RelationshipTypes.PartnerOf, "cosco")],
            });
            var version = await store.GetGraphVersionAsync();
            var snapshot = await cache.GetAtLeastAsync(version, default);

            Assert.True(snapshot.Version >= version);
            Assert.True(snapshot.Index.Contains(key));
        }

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => WriteThenReadAsync(i))));

        var final = await cache.GetAtLeastAsync(await store.GetGraphVersionAsync(), default);
        using var fresh = new SqliteGraphTraversal(store);
        Assert.Equal(await DescribeAsync(await fresh.Index!.GetAsync(default)), await DescribeAsync(final.Index));
        Assert.Equal(1, cache.BuildCount);
    }

    [Fact]
    public async Task A_traversal_arriving_while_the_start_up_build_runs_waits_for_that_same_build()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);
        var hold = new TaskCompletionSource();
        traversal.Index!.BeforeBuild = () => hold.Task;

        var warmUp = traversal.Index.WarmUpAsync();
        var paths = traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });
        var answeredBeforeTheBuild = paths.IsCompleted;
        hold.SetResult();
        await warmUp;

        Assert.False(answeredBeforeTheBuild);
        Assert.Equal(4, Assert.Single(await paths).Length);
        Assert.Equal(1, traversal.Index.BuildCount);
    }

    [Fact]
    public async Task A_large_catch_up_is_compacted_in_the_background_into_the_same_graph()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);
        var cache = traversal.Index!;
        await cache.GetAsync(default);
        var companies = Enumerable.Range(0, 4100).Select(i => $"company-{i}").ToList();

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = companies.Select(k => new EntityUpsert(new Entity { Key = k, Kind = EntityKind.Company, Name = k, SourceKeys = [TraversalTestGraph.SourceKey] })).ToList(),
            UpsertRelationships = companies.Take(24).Select(k => TraversalTestGraph.Relationship(k, RelationshipTypes.PartnerOf, "cosco")).ToList(),
        });
        await cache.GetAsync(default);
        await cache.Compaction;

        using var fresh = new SqliteGraphTraversal(store);
        Assert.Equal((1, 1, 1), (cache.BuildCount, cache.UpdateCount, cache.CompactionCount));
        Assert.Equal(0, cache.Current!.Index.OverlaySize);
        Assert.Equal(await DescribeAsync(await fresh.Index!.GetAsync(default)), await DescribeAsync(cache.Current.Index));
    }

    [Fact]
    public async Task Query_mode_keeps_no_index()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store, SqliteAdjacencyMode.Query);

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });

        Assert.Null(traversal.Index);
        Assert.Equal(4, Assert.Single(paths).Length);
    }

    [Fact]
    public async Task An_unknown_entity_is_not_found_after_its_deletion_was_applied()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);
        await traversal.Index!.GetAsync(default);

        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["lonely"] });

        await Assert.ThrowsAsync<EntityNotFoundException>(() => traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "lonely" }));
        Assert.Equal(1, traversal.Index.BuildCount);
    }

    public void Dispose() => _stores.Dispose();

    /// <summary>Every entity's relationships as the index reports them, as text.</summary>
    private static async Task<string> DescribeAsync(AdjacencyIndex index)
    {
        var keys = TraversalTestGraph.Entities.Select(e => e.Key).Concat(["astana", "nobody"]).Concat(Enumerable.Range(0, 24).Select(i => $"company-{i}")).ToList();
        var adjacent = await index.GetAdjacentAsync(keys, new AdjacencyFilter(), int.MaxValue, default);
        return $"{index.EntityCount} entities, {index.RelationshipCount} relationships\n" + string.Join("\n",
            adjacent.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a =>
                $"{a.Key}: {string.Join(" ", a.Value.Select(e => $"{e.RelationshipKey}{(e.Outgoing ? ">" : "<")}{e.NeighbourKey}"))}"));
    }
}
