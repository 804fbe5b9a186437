using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// Create-only source and relationship upserts (<see cref="GraphChangeSet.CreateOnlySourceKeys"/>,
/// <see cref="GraphChangeSet.CreateOnlyRelationshipKeys"/>): the store refuses a taken key inside the transaction.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task Create_only_source_on_a_free_key_is_written()
    {
        var store = await CreateStoreAsync();

        var result = await store.ApplyAsync(new GraphChangeSet { UpsertSources = [Source("fresh")], CreateOnlySourceKeys = ["fresh"] });

        Assert.Equal(1, result.SourcesWritten);
        Assert.Equal("Test source fresh", Assert.Single(await store.GetSourcesAsync(["fresh"])).Title);
        Assert.Equal(ChangeOperation.Created, Assert.Single(await HistoryOfAsync(store, "fresh", ChangeSubjectKind.Source)).Operation);
    }

    [Fact]
    public async Task Create_only_relationship_on_a_free_key_is_written()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        var result = await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")],
            CreateOnlyRelationshipKeys = ["r1"],
        });

        Assert.Equal(1, result.RelationshipsWritten);
        Assert.Equal("kz", Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"])).ToKey);
        Assert.Equal(ChangeOperation.Created, Assert.Single(await HistoryOfAsync(store, "r1", ChangeSubjectKind.Relationship)).Operation);
    }

    [Fact]
    public async Task Create_only_source_on_a_taken_key_is_a_DUPLICATE_KEY_error_and_the_whole_change_set_writes_nothing()
    {
        var store = await CreateStoreWithAsync([]);
        var version = await store.GetGraphVersionAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("fresh"), Source(DefaultSourceKey, title: "Replaced title")],
            UpsertEntities = [new EntityUpsert(Entity("gateway"))],
            CreateOnlySourceKeys = ["fresh", DefaultSourceKey],
        }));

        var refused = Assert.Single(error.Errors);
        Assert.Equal(("upsertSources[1].key", ValidationCodes.DuplicateKey), (refused.Path, refused.Code));
        Assert.Contains(DefaultSourceKey, refused.Message, StringComparison.Ordinal);
        Assert.Equal(version, await store.GetGraphVersionAsync());
        Assert.Equal($"Test source {DefaultSourceKey}", Assert.Single(await store.GetSourcesAsync([DefaultSourceKey])).Title);
        Assert.Empty(await store.GetSourcesAsync(["fresh"]));
        Assert.Null(await GetEntityAsync(store, "gateway"));
        Assert.Single(await HistoryOfAsync(store, DefaultSourceKey, ChangeSubjectKind.Source));
        Assert.Empty(await HistoryOfAsync(store, "fresh", ChangeSubjectKind.Source));
        Assert.Empty(await HistoryOfAsync(store, "gateway"));
    }

    [Fact]
    public async Task Create_only_relationship_on_a_taken_key_is_a_DUPLICATE_KEY_error_and_the_whole_change_set_writes_nothing()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("kz", EntityKind.Region), Entity("ktz", EntityKind.Company)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]);
        var version = await store.GetGraphVersionAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("fresh")],
            UpsertEntities = [new EntityUpsert(Entity("kz", EntityKind.Region, name: "Renamed"))],
            UpsertRelationships =
            [
                Relationship("r2", RelationshipTypes.OperatedBy, "gateway", "ktz"),
                Relationship("r1", RelationshipTypes.OperatedBy, "gateway", "ktz", role: "operator"),
            ],
            CreateOnlyRelationshipKeys = ["r2", "r1"],
        }));

        var refused = Assert.Single(error.Errors);
        Assert.Equal(("upsertRelationships[1].key", ValidationCodes.DuplicateKey), (refused.Path, refused.Code));
        Assert.Equal(version, await store.GetGraphVersionAsync());
        var kept = Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
        Assert.Equal((RelationshipTypes.LocatedIn, "kz", null), (kept.Type, kept.ToKey, kept.Role));
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r2"]));
        Assert.Equal("kz", (await GetEntityAsync(store, "kz"))!.Name);
        Assert.Empty(await store.GetSourcesAsync(["fresh"]));
        Assert.Single(await HistoryOfAsync(store, "r1", ChangeSubjectKind.Relationship));
        Assert.Empty(await HistoryOfAsync(store, "r2", ChangeSubjectKind.Relationship));
        Assert.Single(await HistoryOfAsync(store, "kz"));
    }

    [Fact]
    public async Task Upserts_not_marked_create_only_still_replace_what_is_stored()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("kz", EntityKind.Region), Entity("ktz", EntityKind.Company)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz"), Relationship("r2", RelationshipTypes.OperatedBy, "gateway", "ktz")]);

        var result = await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(DefaultSourceKey, title: "Replaced title"), Source("fresh")],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz") with { Note = "Replaced" }, Relationship("r3", RelationshipTypes.LocatedIn, "ktz", "kz")],
            CreateOnlySourceKeys = ["fresh"],
            CreateOnlyRelationshipKeys = ["r3"],
        });

        Assert.Equal((2, 2), (result.SourcesWritten, result.RelationshipsWritten));
        Assert.Equal("Replaced title", Assert.Single(await store.GetSourcesAsync([DefaultSourceKey])).Title);
        Assert.Equal("Replaced", Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"])).Note);
        Assert.Single(await store.GetRelationshipsByKeyAsync(["r3"]));
    }

    [Fact]
    public async Task Create_only_keys_that_no_upsert_has_are_refused_and_nothing_is_written()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);
        var version = await store.GetGraphVersionAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")],
            CreateOnlySourceKeys = ["r1"],
            CreateOnlyRelationshipKeys = ["ghost"],
        }));

        Assert.Equal(
            [("createOnlySourceKeys[0]", ValidationCodes.CreateOnlyWithoutUpsert), ("createOnlyRelationshipKeys[0]", ValidationCodes.CreateOnlyWithoutUpsert)],
            error.Errors.Select(e => (e.Path, e.Code)));
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r1"]));
        Assert.Equal(version, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task A_change_set_of_create_only_keys_alone_is_refused_not_ignored()
    {
        var store = await CreateStoreAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet { CreateOnlySourceKeys = ["fresh"] }));

        Assert.Equal(ValidationCodes.CreateOnlyWithoutUpsert, Assert.Single(error.Errors).Code);
        Assert.Empty(await store.GetSourcesAsync(["fresh"]));
    }
}
