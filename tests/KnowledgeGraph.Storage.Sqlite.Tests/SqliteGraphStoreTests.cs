using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>Behaviour of the SQLite store beyond the shared specification.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task GetRelationships_reads_more_anchors_than_one_statement_takes_and_keeps_each_anchor_ordered()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph(
            [Entity("hub", EntityKind.Region, "Hub"), Entity("spoke-b", name: "B"), Entity("spoke-a", name: "A")],
            [
                Relationship("r-2", RelationshipTypes.LocatedIn, "spoke-b", "hub"),
                Relationship("r-1", RelationshipTypes.LocatedIn, "spoke-a", "hub"),
            ]));
        var anchors = Enumerable.Range(0, SqliteGraphStore.MaxKeysPerStatement + 10).Select(i => $"unknown-{i}").Append("hub").Prepend("spoke-b").ToList();

        var hits = await store.GetRelationshipsAsync(anchors, new RelationshipQuery());

        Assert.Equal(["r-1", "r-2"], hits.Where(h => h.AnchorKey == "hub").Select(h => h.Relationship.Key));
        Assert.Equal(["r-2"], hits.Where(h => h.AnchorKey == "spoke-b").Select(h => h.Relationship.Key));
        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public async Task Apply_refuses_numbers_that_cannot_be_stored_and_writes_nothing()
    {
        var store = await _database.CreateInitializedStoreAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(Graph(
            [Entity("ok"), Entity("bad", properties: [("capacity", Num(double.PositiveInfinity))])])));

        Assert.Equal("upsertEntities[1].properties", error.Errors[0].Path);
        Assert.Empty(await store.GetEntitiesAsync(["ok", "bad"]));
    }

    [Fact]
    public async Task Apply_reports_every_integrity_problem_of_a_change_set_at_once()
    {
        var store = await _database.CreateInitializedStoreAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", sourceKeys: ["ghost-source"]))],
            UpsertRelationships = [Relationship("r1", "NOT_A_TYPE", "gateway", "nowhere", sourceKeys: [])],
        }));

        Assert.Equal(
            [
                ("upsertEntities[0].sources[0]", ValidationCodes.UnknownSource),
                ("upsertRelationships[0].type", ValidationCodes.UnknownRelationshipType),
                ("upsertRelationships[0].to", ValidationCodes.MissingEndpoint),
                ("upsertRelationships[0].sources", ValidationCodes.SourceRequired),
            ],
            error.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public async Task Operations_before_InitializeAsync_initialise_the_store_first()
    {
        var store = _database.CreateStore();

        var page = await store.QueryEntitiesAsync(new EntityQuery());

        Assert.Equal(0, page.TotalCount);
        Assert.True(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task Entity_deletion_counts_the_relationships_it_removes()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph(
            [Entity("gateway"), Entity("kz", EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz"), Relationship("r2", RelationshipTypes.PartOf, "gateway", "gateway")]));

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"] });

        Assert.Equal(1, result.EntitiesDeleted);
        Assert.Equal(2, result.RelationshipsDeleted);
    }

    public void Dispose() => _database.Dispose();
}
