using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Readers_proceed_and_see_the_last_commit_while_another_connection_holds_an_open_write()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([Entity("gateway", name: "Committed")]));
        var version = await store.GetGraphVersionAsync();

        await using var writer = await _database.Connections.OpenAsync();
        await using var transaction = writer.BeginTransaction(deferred: false);
        await using (var update = writer.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE entities SET name = 'Uncommitted' WHERE key = 'gateway'; UPDATE graph_meta SET graph_version = graph_version + 1";
            await update.ExecuteNonQueryAsync();
        }

        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var entity = Assert.Single(await store.GetEntitiesAsync(["gateway"]));
            var page = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project });
            var hits = await store.SearchAsync(new SearchQuery("committed"));
            return (entity.Name, page.TotalCount, hits.Count, Version: await store.GetGraphVersionAsync());
        })));

        await transaction.RollbackAsync();
        Assert.All(reads, r => Assert.Equal(("Committed", 1, 1, version), r));
    }

    [Fact]
    public async Task Concurrent_change_sets_are_all_applied_one_after_another()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([]));
        var before = await store.GetGraphVersionAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity($"project-{i}"))] }))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => before + i), results.Select(r => r.GraphVersion).Order());
        Assert.Equal(20, (await store.QueryEntitiesAsync(new EntityQuery { Take = 0 })).TotalCount);
    }

    [Fact]
    public async Task Two_stores_over_one_file_see_each_others_writes()
    {
        var first = await _database.CreateInitializedStoreAsync();
        var second = await _database.CreateInitializedStoreAsync();

        await first.ApplyAsync(Graph([Entity("from-first")]));
        await second.ApplyAsync(Graph([Entity("from-second")]));

        Assert.Equal(2, (await first.GetEntitiesAsync(["from-first", "from-second"])).Count);
        Assert.Equal(await first.GetGraphVersionAsync(), await second.GetGraphVersionAsync());
    }

    public void Dispose() => _database.Dispose();
}
