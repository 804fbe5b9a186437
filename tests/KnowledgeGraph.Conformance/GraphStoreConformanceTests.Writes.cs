using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task Apply_reports_what_it_wrote_and_raises_the_graph_version_once()
    {
        var store = await CreateStoreAsync();
        var before = await store.GetGraphVersionAsync();

        var result = await store.ApplyAsync(Graph(
            [Entity("gateway"), Entity("kz", EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]));

        Assert.Equal(1, result.SourcesWritten);
        Assert.Equal(2, result.EntitiesWritten);
        Assert.Equal(1, result.RelationshipsWritten);
        Assert.True(result.Changed);
        Assert.Equal(before + 1, result.GraphVersion);
        Assert.Equal(result.GraphVersion, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Apply_of_an_empty_change_set_changes_nothing()
    {
        var store = await CreateStoreWithAsync([Entity("a")]);
        var before = await store.GetGraphVersionAsync();

        var result = await store.ApplyAsync(new GraphChangeSet());

        Assert.False(result.Changed);
        Assert.Equal(before, result.GraphVersion);
        Assert.Equal(before, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Upsert_of_a_new_entity_stores_version_one_whatever_version_it_carries()
    {
        var store = await CreateStoreWithAsync([]);

        await UpsertAsync(store, Entity("fresh") with { Version = 42 });

        Assert.Equal(1, (await GetEntityAsync(store, "fresh"))!.Version);
    }

    [Fact]
    public async Task Upsert_with_a_real_change_increments_the_entity_version_and_the_graph_version()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", name: "Old name")]);
        var graphVersion = await store.GetGraphVersionAsync();

        var result = await UpsertAsync(store, Entity("gateway", name: "New name"));

        var stored = await GetEntityAsync(store, "gateway");
        Assert.Equal("New name", stored!.Name);
        Assert.Equal(2, stored.Version);
        Assert.Equal(1, result.EntitiesWritten);
        Assert.Equal(graphVersion + 1, result.GraphVersion);
    }

    [Theory]
    [InlineData("description")]
    [InlineData("aliases")]
    [InlineData("property")]
    [InlineData("sources")]
    public async Task Upsert_changing_any_single_field_counts_as_a_change(string field)
    {
        var store = await CreateStoreAsync();
        var original = Entity("gateway", description: "d", aliases: ["a"], properties: [("lengthKm", Num(2.5))]);
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(), Source("other-source")],
            UpsertEntities = [new EntityUpsert(original)],
        });
        var changed = field switch
        {
            "description" => original with { Description = "D" },
            "aliases" => original with { Aliases = ["a", "b"] },
            "property" => original with { Properties = new Dictionary<string, PropertyValue> { ["lengthKm"] = Num(2.75) } },
            _ => original with { SourceKeys = [DefaultSourceKey, "other-source"] },
        };

        var result = await UpsertAsync(store, changed);

        Assert.Equal(1, result.EntitiesWritten);
        Assert.Equal(2, (await GetEntityAsync(store, "gateway"))!.Version);
    }

    [Fact]
    public async Task Upsert_identical_to_what_is_stored_changes_neither_the_entity_version_nor_the_graph_version()
    {
        var entity = Entity("gateway", description: "Dry port", aliases: ["Хоргос"], properties: [("startYear", Int(2015)), ("lengthKm", Num(3))]);
        var store = await CreateStoreWithAsync([entity], []);
        var graphVersion = await store.GetGraphVersionAsync();

        var result = await store.ApplyAsync(Graph([entity with { Version = 7 }]));

        Assert.False(result.Changed);
        Assert.Equal(graphVersion, result.GraphVersion);
        Assert.Equal(graphVersion, await store.GetGraphVersionAsync());
        Assert.Equal(1, (await GetEntityAsync(store, "gateway"))!.Version);
    }

    [Fact]
    public async Task Upsert_identical_relationship_and_source_changes_nothing()
    {
        var relationship = Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", "site") with { Amount = 1.5, SinceYear = 2001 };
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)], [relationship]);
        var graphVersion = await store.GetGraphVersionAsync();

        var result = await store.ApplyAsync(new GraphChangeSet { UpsertSources = [Source()], UpsertRelationships = [relationship] });

        Assert.False(result.Changed);
        Assert.Equal(graphVersion, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Upsert_of_an_existing_relationship_replaces_its_fields()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("kz", EntityKind.Region), Entity("kz-east", EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", "site") with { Note = "old" }]);

        var result = await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz-east") with { Confidence = Confidence.Reported }],
        });

        var stored = Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
        Assert.Equal(1, result.RelationshipsWritten);
        Assert.Equal("kz-east", stored.ToKey);
        Assert.Null(stored.Role);
        Assert.Null(stored.Note);
        Assert.Equal(Confidence.Reported, stored.Confidence);
        Assert.Empty(await store.GetRelationshipsAsync(["kz"], AllRelationships));
    }

    [Fact]
    public async Task Expected_version_zero_creates_a_new_entity()
    {
        var store = await CreateStoreWithAsync([]);

        await UpsertAsync(store, Entity("fresh"), expectedVersion: 0);

        Assert.NotNull(await GetEntityAsync(store, "fresh"));
    }

    [Fact]
    public async Task Expected_version_zero_on_an_existing_entity_is_a_conflict()
    {
        var store = await CreateStoreWithAsync([Entity("taken")]);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => UpsertAsync(store, Entity("taken", name: "Other"), expectedVersion: 0));

        Assert.Equal("taken", conflict.Key);
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.ActualVersion);
        Assert.Equal("taken", (await GetEntityAsync(store, "taken"))!.Name);
    }

    [Fact]
    public async Task Expected_version_matching_the_stored_version_updates()
    {
        var store = await CreateStoreWithAsync([Entity("gateway")]);
        await UpsertAsync(store, Entity("gateway", name: "Second"), expectedVersion: 1);

        await UpsertAsync(store, Entity("gateway", name: "Third"), expectedVersion: 2);

        var stored = await GetEntityAsync(store, "gateway");
        Assert.Equal("Third", stored!.Name);
        Assert.Equal(3, stored.Version);
    }

    [Fact]
    public async Task Expected_version_behind_the_stored_version_is_a_conflict_and_writes_nothing()
    {
        var store = await CreateStoreWithAsync([Entity("gateway")]);
        await UpsertAsync(store, Entity("gateway", name: "Second"));
        var graphVersion = await store.GetGraphVersionAsync();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("bystander")), new EntityUpsert(Entity("gateway", name: "Stale"), 1)],
        }));

        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal("Second", (await GetEntityAsync(store, "gateway"))!.Name);
        Assert.Null(await GetEntityAsync(store, "bystander"));
        Assert.Equal(graphVersion, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Expected_version_for_a_missing_entity_is_a_conflict_with_actual_version_zero()
    {
        var store = await CreateStoreWithAsync([]);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => UpsertAsync(store, Entity("ghost"), expectedVersion: 3));

        Assert.Equal(0, conflict.ActualVersion);
        Assert.Null(await GetEntityAsync(store, "ghost"));
    }

    [Theory]
    [InlineData("from")]
    [InlineData("to")]
    public async Task Relationship_with_a_missing_endpoint_is_a_validation_error_naming_it(string end)
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);
        var dangling = end == "from"
            ? Relationship("r-bad", RelationshipTypes.LocatedIn, "nowhere", "kz")
            : Relationship("r-bad", RelationshipTypes.LocatedIn, "gateway", "nowhere");

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r-ok", RelationshipTypes.LocatedIn, "gateway", "kz"), dangling],
        }));

        AssertRefused(error, ($"upsertRelationships[1].{end}", ValidationCodes.MissingEndpoint));
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r-ok", "r-bad"]));
    }

    [Fact]
    public async Task Relationship_may_join_entities_created_in_the_same_change_set()
    {
        var store = await CreateStoreAsync();

        await store.ApplyAsync(Graph([Entity("gateway"), Entity("kz", EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]));

        Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
    }

    [Fact]
    public async Task Relationship_of_an_unknown_type_is_rejected()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", "LOCATED_IN]->(x) DETACH DELETE x //", "gateway", "kz")],
        }));

        AssertRefused(error, ("upsertRelationships[0].type", ValidationCodes.UnknownRelationshipType));
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r1"]));
    }

    [Fact]
    public async Task Entity_citing_a_missing_source_is_a_validation_error()
    {
        var store = await CreateStoreAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(Graph([Entity("gateway", sourceKeys: ["no-such-source"])])));

        AssertRefused(error, ("upsertEntities[0].sources[0]", ValidationCodes.UnknownSource));
        Assert.Null(await GetEntityAsync(store, "gateway"));
        Assert.Empty(await store.GetSourcesAsync([DefaultSourceKey]));
    }

    [Fact]
    public async Task Entity_or_relationship_citing_no_source_is_a_validation_error()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        var entityError = await Assert.ThrowsAsync<ValidationException>(() => UpsertAsync(store, Entity("unsourced", sourceKeys: [])));
        var relationshipError = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: [])],
        }));

        AssertRefused(entityError, ("upsertEntities[0].sources", ValidationCodes.SourceRequired));
        AssertRefused(relationshipError, ("upsertRelationships[0].sources", ValidationCodes.SourceRequired));
        Assert.Null(await GetEntityAsync(store, "unsourced"));
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r1"]));
    }

    [Fact]
    public async Task Relationship_citing_a_missing_source_is_a_validation_error()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: [DefaultSourceKey, "ghost"])],
        }));

        AssertRefused(error, ("upsertRelationships[0].sources[1]", ValidationCodes.UnknownSource));
    }

    [Fact]
    public async Task Record_citing_a_source_twice_is_refused_at_the_repeat_as_the_domain_validator_refuses_it()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("fresh", sourceKeys: [DefaultSourceKey, DefaultSourceKey]))],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: [DefaultSourceKey, DefaultSourceKey])],
        }));

        AssertRefused(error,
            ("upsertEntities[0].sources[1]", ValidationCodes.DuplicateValue), ("upsertRelationships[0].sources[1]", ValidationCodes.DuplicateValue));
        Assert.Null(await GetEntityAsync(store, "fresh"));
    }

    [Fact]
    public async Task A_failing_change_set_writes_nothing_at_all()
    {
        var store = await CreateStoreWithAsync([Entity("existing", name: "Before")]);
        var graphVersion = await store.GetGraphVersionAsync();

        await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("new-source")],
            UpsertEntities = [new EntityUpsert(Entity("existing", name: "After")), new EntityUpsert(Entity("new-entity", sourceKeys: ["new-source"]))],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.PartOf, "new-entity", "existing"), Relationship("r2", RelationshipTypes.PartOf, "new-entity", "missing")],
            DeleteEntityKeys = ["existing"],
        }));

        Assert.Equal("Before", (await GetEntityAsync(store, "existing"))!.Name);
        Assert.Null(await GetEntityAsync(store, "new-entity"));
        Assert.Empty(await store.GetSourcesAsync(["new-source"]));
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r1", "r2"]));
        Assert.Equal(graphVersion, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Deleting_an_entity_deletes_its_relationships_in_both_directions()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("section"), Entity("kz", EntityKind.Region)],
            [
                Relationship("r-out", RelationshipTypes.LocatedIn, "gateway", "kz"),
                Relationship("r-in", RelationshipTypes.PartOf, "section", "gateway"),
                Relationship("r-self", RelationshipTypes.PartOf, "gateway", "gateway"),
                Relationship("r-other", RelationshipTypes.LocatedIn, "section", "kz"),
            ]);

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"] });

        Assert.Equal(1, result.EntitiesDeleted);
        Assert.Null(await GetEntityAsync(store, "gateway"));
        Assert.Equal(["r-other"], (await store.GetRelationshipsByKeyAsync(["r-out", "r-in", "r-self", "r-other"])).Select(r => r.Key));
        Assert.Equal(["r-other"], (await store.GetRelationshipsAsync(["kz", "section"], AllRelationships)).Select(h => h.Relationship.Key).Distinct());
    }

    [Fact]
    public async Task Entity_deletes_run_after_relationship_upserts_in_the_same_change_set()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")],
            DeleteEntityKeys = ["kz"],
        });

        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r1"]));
        Assert.NotNull(await GetEntityAsync(store, "gateway"));
    }

    [Fact]
    public async Task Deleting_a_relationship_by_key_keeps_its_ends()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]);

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"] });

        Assert.Equal(1, result.RelationshipsDeleted);
        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r1"]));
        Assert.Equal(2, (await store.GetEntitiesAsync(["gateway", "kz"])).Count);
    }

    [Fact]
    public async Task Deleting_unknown_keys_changes_nothing()
    {
        var store = await CreateStoreWithAsync([Entity("a")]);
        var graphVersion = await store.GetGraphVersionAsync();

        var result = await store.ApplyAsync(new GraphChangeSet
        {
            DeleteRelationshipKeys = ["no-rel"],
            DeleteEntityKeys = ["no-entity"],
            DeleteSourceKeys = ["no-source"],
        });

        Assert.False(result.Changed);
        Assert.Equal(graphVersion, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Deleting_a_source_still_cited_is_refused()
    {
        var store = await CreateStoreWithAsync([Entity("gateway")]);

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = [DefaultSourceKey] }));

        AssertRefused(error, ("deleteSourceKeys[0]", ValidationCodes.SourceInUse));
        Assert.Single(await store.GetSourcesAsync([DefaultSourceKey]));
    }

    [Fact]
    public async Task Deleting_a_source_cited_only_by_a_relationship_is_refused()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("rel-source")],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: ["rel-source"])],
        });

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["rel-source"] }));

        AssertRefused(error, ("deleteSourceKeys[0]", ValidationCodes.SourceInUse));
    }

    [Fact]
    public async Task Deleting_a_source_together_with_everything_citing_it_succeeds()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(), Source("doomed")],
            UpsertEntities = [new EntityUpsert(Entity("gateway", sourceKeys: ["doomed"])), new EntityUpsert(Entity("kz", EntityKind.Region))],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: ["doomed"])],
        });

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"], DeleteSourceKeys = ["doomed"] });

        Assert.Equal(1, result.SourcesDeleted);
        Assert.Empty(await store.GetSourcesAsync(["doomed"]));
        Assert.NotNull(await GetEntityAsync(store, "kz"));
    }

    [Fact]
    public async Task Re_citing_an_entity_frees_its_former_source_for_deletion()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(), Source("former")],
            UpsertEntities = [new EntityUpsert(Entity("gateway", sourceKeys: ["former"]))],
        });

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", sourceKeys: [DefaultSourceKey]))],
            DeleteSourceKeys = ["former"],
        });

        Assert.Empty(await store.GetSourcesAsync(["former"]));
        Assert.Equal([DefaultSourceKey], (await GetEntityAsync(store, "gateway"))!.SourceKeys);
    }

    [Fact]
    public async Task Upserting_a_source_with_changed_fields_updates_it()
    {
        var store = await CreateStoreWithAsync([]);

        var result = await store.ApplyAsync(new GraphChangeSet { UpsertSources = [Source() with { Title = "Renamed", Url = null }] });

        var stored = Assert.Single(await store.GetSourcesAsync([DefaultSourceKey]));
        Assert.Equal(1, result.SourcesWritten);
        Assert.Equal("Renamed", stored.Title);
        Assert.Null(stored.Url);
    }

    [Fact]
    public async Task Graph_version_only_grows()
    {
        var store = await CreateStoreAsync();
        var versions = new List<long> { await store.GetGraphVersionAsync() };

        versions.Add((await store.ApplyAsync(Graph([Entity("a")]))).GraphVersion);
        versions.Add((await store.ApplyAsync(Graph([Entity("a")]))).GraphVersion);
        versions.Add((await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["a"] })).GraphVersion);

        Assert.Equal([versions[0], versions[0] + 1, versions[0] + 1, versions[0] + 2], versions);
    }
}
