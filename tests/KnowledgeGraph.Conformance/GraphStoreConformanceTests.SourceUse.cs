using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// When a source a relationship cited may be deleted: as soon as no relationship (and no entity) cites it any more,
/// whether the last one was deleted, rewritten or removed with its entity, in an earlier change set or the same one.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task Deleting_a_relationship_and_its_only_source_in_one_change_set_succeeds()
    {
        var store = await StoreWithRelationshipsCitingAsync("cited", ("r1", "gateway", "kz"));

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"], DeleteSourceKeys = ["cited"] });

        Assert.Equal((1, 1), (result.RelationshipsDeleted, result.SourcesDeleted));
        Assert.Empty(await store.GetSourcesAsync(["cited"]));
    }

    [Fact]
    public async Task A_source_two_relationships_cite_stays_in_use_until_the_second_is_deleted()
    {
        var store = await StoreWithRelationshipsCitingAsync("cited", ("r1", "gateway", "kz"), ("r2", "kz", "gateway"));

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"], DeleteSourceKeys = ["cited"] }));
        AssertRefused(error, ("deleteSourceKeys[0]", ValidationCodes.SourceInUse));
        Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"] });
        error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["cited"] }));
        AssertRefused(error, ("deleteSourceKeys[0]", ValidationCodes.SourceInUse));

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r2"] });
        var result = await store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["cited"] });
        Assert.Equal(1, result.SourcesDeleted);
    }

    [Fact]
    public async Task Re_citing_a_relationship_frees_its_former_source_for_deletion()
    {
        var store = await StoreWithRelationshipsCitingAsync("former", ("r1", "gateway", "kz"));

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.PartnerOf, "gateway", "kz", sourceKeys: [DefaultSourceKey])],
        });
        var result = await store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["former"] });

        Assert.Equal(1, result.SourcesDeleted);
        Assert.Equal([DefaultSourceKey], Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"])).SourceKeys);
    }

    [Fact]
    public async Task Re_citing_a_relationship_to_add_a_source_keeps_the_one_it_still_cites_in_use()
    {
        var store = await StoreWithRelationshipsCitingAsync("kept", ("r1", "gateway", "kz"));

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.PartnerOf, "gateway", "kz", sourceKeys: [DefaultSourceKey, "kept"])],
        });
        var error = await Assert.ThrowsAsync<ValidationException>(
            () => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["kept", DefaultSourceKey] }));

        AssertRefused(error, ("deleteSourceKeys[0]", ValidationCodes.SourceInUse), ("deleteSourceKeys[1]", ValidationCodes.SourceInUse));
    }

    [Fact]
    public async Task Deleting_an_entity_frees_the_sources_only_its_relationships_cited()
    {
        var store = await StoreWithRelationshipsCitingAsync("cited", ("r1", "gateway", "kz"), ("r2", "kz", "gateway"));

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"], DeleteSourceKeys = ["cited"] });

        Assert.Equal((1, 2, 1), (result.EntitiesDeleted, result.RelationshipsDeleted, result.SourcesDeleted));
        Assert.Empty(await store.GetSourcesAsync(["cited"]));
        Assert.NotNull(await GetEntityAsync(store, "kz"));
    }

    [Fact]
    public async Task A_refused_change_set_leaves_its_relationship_citing_the_source()
    {
        var store = await StoreWithRelationshipsCitingAsync("cited", ("r1", "gateway", "kz"));

        // The second source is still cited by the entities, so the whole set is refused, the relationship's delete
        // with it: the first source is cited again afterwards.
        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            DeleteRelationshipKeys = ["r1"],
            DeleteSourceKeys = ["cited", DefaultSourceKey],
        }));
        AssertRefused(error, ("deleteSourceKeys[1]", ValidationCodes.SourceInUse));

        error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["cited"] }));
        AssertRefused(error, ("deleteSourceKeys[0]", ValidationCodes.SourceInUse));
        Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
    }

    /// <summary>
    /// Two entities (gateway, a project; kz, a region) citing the default source, and partnerships between them citing
    /// only <paramref name="sourceKey"/>.
    /// </summary>
    private async Task<IGraphStore> StoreWithRelationshipsCitingAsync(string sourceKey, params (string Key, string From, string To)[] relationships)
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(sourceKey)],
            UpsertRelationships = relationships
                .Select(r => Relationship(r.Key, RelationshipTypes.PartnerOf, r.From, r.To, sourceKeys: [sourceKey]))
                .ToList(),
        });
        return store;
    }
}
