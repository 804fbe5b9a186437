using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// An entity's kind never changes (<see cref="EntityKindChange"/>): the store refuses, inside its write transaction, an
/// upsert that names another kind than the one stored, and the whole change set writes nothing.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task Upsert_that_changes_a_stored_kind_is_refused_naming_the_stored_kind_and_the_whole_change_set_writes_nothing()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("kz", EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]);
        var version = await store.GetGraphVersionAsync();
        var stored = (await GetEntityAsync(store, "gateway"))!;

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("fresh")],
            UpsertEntities =
            [
                new EntityUpsert(Entity("other")),
                new EntityUpsert(Entity("gateway", EntityKind.Person, name: "Renamed"), stored.Version),
            ],
        }));

        var refused = Assert.Single(error.Errors);
        Assert.Equal(("upsertEntities[1].kind", ValidationCodes.KindChangeNotAllowed), (refused.Path, refused.Code));
        Assert.Contains("'gateway' is a Project; its kind cannot change to Person", refused.Message, StringComparison.Ordinal);
        Assert.Equal(version, await store.GetGraphVersionAsync());
        var kept = (await GetEntityAsync(store, "gateway"))!;
        Assert.Equal((EntityKind.Project, "gateway", stored.Version), (kept.Kind, kept.Name, kept.Version));
        Assert.Null(await GetEntityAsync(store, "other"));
        Assert.Empty(await store.GetSourcesAsync(["fresh"]));
        Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
        Assert.Single(await HistoryOfAsync(store, "gateway"));
    }

    [Fact]
    public async Task Every_kind_change_of_a_change_set_is_reported_including_one_made_earlier_in_the_same_set()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities =
            [
                new EntityUpsert(Entity("kz", EntityKind.Company)),
                new EntityUpsert(Entity("fresh", EntityKind.Initiative)),
                new EntityUpsert(Entity("fresh", EntityKind.Organization)),
                new EntityUpsert(Entity("gateway", name: "Same kind, new name")),
            ],
        }));

        Assert.Equal(
            [("upsertEntities[0].kind", ValidationCodes.KindChangeNotAllowed), ("upsertEntities[2].kind", ValidationCodes.KindChangeNotAllowed)],
            error.Errors.Select(e => (e.Path, e.Code)));
        Assert.Contains("'kz' is a Region", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'fresh' is an Initiative", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(EntityKind.Region, (await GetEntityAsync(store, "kz"))!.Kind);
        Assert.Null(await GetEntityAsync(store, "fresh"));
        Assert.Equal("gateway", (await GetEntityAsync(store, "gateway"))!.Name);
    }
}
