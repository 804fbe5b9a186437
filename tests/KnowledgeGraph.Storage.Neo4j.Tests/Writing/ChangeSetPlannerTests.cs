using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Neo4j.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Writing;

public sealed class ChangeSetPlannerTests
{
    private static StoredState Stored(IEnumerable<Entity>? entities = null, IEnumerable<Relationship>? relationships = null) => new(
        new Dictionary<string, KnowledgeGraph.Domain.Sources.Source> { [DefaultSourceKey] = Source() },
        (entities ?? []).ToDictionary(e => e.Key),
        (relationships ?? []).ToDictionary(r => r.Key));

    [Fact]
    public void Plan_drops_an_upsert_equal_to_the_stored_entity()
    {
        var stored = Entity("gateway") with { Version = 4 };

        var plan = ChangeSetPlanner.Plan(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway") with { Version = 99 })] }, Stored([stored]));

        Assert.False(plan.HasWrites);
    }

    [Fact]
    public void Plan_gives_a_new_entity_version_one_and_a_changed_one_the_next_version()
    {
        var stored = Entity("gateway") with { Version = 4 };

        var plan = ChangeSetPlanner.Plan(
            new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("fresh")), new EntityUpsert(Entity("gateway", name: "Renamed"))] },
            Stored([stored]));

        Assert.Equal([("fresh", 1L), ("gateway", 5L)], plan.EntitiesToWrite.Select(e => (e.Key, e.Version)));
    }

    [Fact]
    public void Plan_writes_a_key_upserted_twice_once_in_the_place_of_its_last_upsert_and_a_deleted_one_not_at_all()
    {
        var plan = ChangeSetPlanner.Plan(
            new GraphChangeSet
            {
                UpsertSources = [Source("a"), Source("b"), Source("a", "A, retitled")],
                UpsertEntities = [new EntityUpsert(Entity("gateway", name: "First")), new EntityUpsert(Entity("kz", EntityKind.Region)), new EntityUpsert(Entity("gateway", name: "Second"))],
                UpsertRelationships =
                [
                    Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz"),
                    Relationship("r2", RelationshipTypes.LocatedIn, "gateway", "kz"),
                    Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", role: "site"),
                    Relationship("r3", RelationshipTypes.LocatedIn, "gateway", "kz"),
                ],
                DeleteRelationshipKeys = ["r3"],
            },
            Stored());

        Assert.Equal([("b", "Test source b"), ("a", "A, retitled")], plan.SourcesToWrite.Select(s => (s.Key, s.Title)));
        Assert.Equal([("kz", 1L), ("gateway", 1L)], plan.EntitiesToWrite.Select(e => (e.Key, e.Version)));
        Assert.Equal("Second", plan.EntitiesToWrite[1].Name);
        Assert.Equal([("r2", null), ("r1", "site")], plan.RelationshipsToCreate.Select(r => (r.Key, r.Role)));
    }

    [Fact]
    public void Plan_throws_a_conflict_when_the_expected_version_is_not_the_stored_one()
    {
        var conflict = Assert.Throws<ConcurrencyConflictException>(() => ChangeSetPlanner.Plan(
            new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway"), 2)] }, Stored([Entity("gateway") with { Version = 3 }])));

        Assert.Equal((2L, 3L), (conflict.ExpectedVersion, conflict.ActualVersion));
    }

    [Fact]
    public void Plan_names_every_integrity_problem_by_path_and_treats_rejected_entities_as_missing_endpoints()
    {
        var error = Assert.Throws<ValidationException>(() => ChangeSetPlanner.Plan(
            new GraphChangeSet
            {
                UpsertEntities = [new EntityUpsert(Entity("Bad Key", sourceKeys: [])), new EntityUpsert(Entity("p", EntityKind.Project, null, null, null, null, ("level", Text("City")), ("startYear", Text("soon"))))],
                UpsertRelationships =
                [
                    Relationship("r1", "INVENTED", "p", "kz"),
                    Relationship("r2", RelationshipTypes.LocatedIn, "kz", "p", sourceKeys: ["ghost"]),
                ],
            },
            Stored([Entity("kz", EntityKind.Region)])));

        Assert.Equal(
            [
                ("upsertEntities[0].key", ValidationCodes.InvalidKey),
                ("upsertEntities[0].sources", ValidationCodes.SourceRequired),
                ("upsertEntities[1].properties.level", ValidationCodes.UnknownProperty),
                ("upsertEntities[1].properties.startYear", ValidationCodes.PropertyType),
                ("upsertRelationships[0].type", ValidationCodes.UnknownRelationshipType),
                ("upsertRelationships[0].from", ValidationCodes.MissingEndpoint),
                ("upsertRelationships[1].to", ValidationCodes.MissingEndpoint),
                ("upsertRelationships[1].sources[0]", ValidationCodes.UnknownSource),
            ],
            error.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Plan_refuses_an_upsert_that_changes_the_stored_kind_naming_the_stored_kind()
    {
        var error = Assert.Throws<ValidationException>(() => ChangeSetPlanner.Plan(
            new GraphChangeSet
            {
                UpsertEntities = [new EntityUpsert(Entity("fresh")), new EntityUpsert(Entity("fresh", EntityKind.Person)), new EntityUpsert(Entity("gateway", EntityKind.Person))],
            },
            Stored([Entity("gateway")])));

        Assert.Equal(
            [("upsertEntities[1].kind", ValidationCodes.KindChangeNotAllowed), ("upsertEntities[2].kind", ValidationCodes.KindChangeNotAllowed)],
            error.Errors.Select(e => (e.Path, e.Code)));
        Assert.Contains("'gateway' is a Project; its kind cannot change to Person", error.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_checks_the_registry_allows_the_kinds_at_both_ends()
    {
        var error = Assert.Throws<ValidationException>(() => ChangeSetPlanner.Plan(
            new GraphChangeSet { UpsertRelationships = [Relationship("r", RelationshipTypes.LocatedIn, "kz", "gateway")] },
            Stored([Entity("gateway"), Entity("kz", EntityKind.Region)])));

        Assert.Equal(("upsertRelationships[0].type", ValidationCodes.RelationshipNotAllowed), (Assert.Single(error.Errors).Path, error.Errors[0].Code));
    }

    [Fact]
    public void Plan_refuses_a_source_cited_twice_as_the_domain_validator_does()
    {
        var error = Assert.Throws<ValidationException>(() => ChangeSetPlanner.Plan(
            new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway", sourceKeys: [DefaultSourceKey, DefaultSourceKey]))] },
            Stored()));

        Assert.Equal(("upsertEntities[0].sources[1]", ValidationCodes.DuplicateValue), (Assert.Single(error.Errors).Path, error.Errors[0].Code));
    }

    [Fact]
    public void Plan_replaces_a_relationship_whose_type_or_ends_change_and_updates_one_whose_fields_change()
    {
        var entities = new[] { Entity("gateway"), Entity("section"), Entity("kz", EntityKind.Region), Entity("cn", EntityKind.Region) };
        var movedBefore = Relationship("moved", RelationshipTypes.LocatedIn, "gateway", "kz");
        var editedBefore = Relationship("edited", RelationshipTypes.LocatedIn, "section", "kz");

        var plan = ChangeSetPlanner.Plan(
            new GraphChangeSet
            {
                UpsertRelationships = [Relationship("moved", RelationshipTypes.LocatedIn, "gateway", "cn"), Relationship("edited", RelationshipTypes.LocatedIn, "section", "kz", role: "terminal")],
            },
            Stored(entities, [movedBefore, editedBefore]));

        Assert.Equal(["moved"], plan.RelationshipsToReplace.Select(r => r.Key));
        Assert.Equal("cn", Assert.Single(plan.RelationshipsToCreate).ToKey);
        Assert.Equal("terminal", Assert.Single(plan.RelationshipsToUpdate).Role);
        Assert.Equal(2, plan.RelationshipsWritten);
    }

    [Fact]
    public void Plan_refuses_create_only_keys_already_stored_with_DUPLICATE_KEY_at_the_upsert_s_key()
    {
        var entities = new[] { Entity("gateway"), Entity("kz", EntityKind.Region) };

        var error = Assert.Throws<ValidationException>(() => ChangeSetPlanner.Plan(
            new GraphChangeSet
            {
                UpsertSources = [Source("fresh"), Source(DefaultSourceKey, title: "Replaced")],
                UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", role: "terminal")],
                CreateOnlySourceKeys = ["fresh", DefaultSourceKey],
                CreateOnlyRelationshipKeys = ["r1"],
            },
            Stored(entities, [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")])));

        Assert.Equal(
            [("upsertSources[1].key", ValidationCodes.DuplicateKey), ("upsertRelationships[0].key", ValidationCodes.DuplicateKey)],
            error.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Plan_creates_create_only_records_whose_keys_are_free()
    {
        var plan = ChangeSetPlanner.Plan(
            new GraphChangeSet
            {
                UpsertSources = [Source("fresh")],
                UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")],
                CreateOnlySourceKeys = ["fresh"],
                CreateOnlyRelationshipKeys = ["r1"],
            },
            Stored([Entity("gateway"), Entity("kz", EntityKind.Region)]));

        Assert.Equal("fresh", Assert.Single(plan.SourcesToWrite).Key);
        Assert.Equal("r1", Assert.Single(plan.RelationshipsToCreate).Key);
    }

    [Fact]
    public void Plan_ignores_deletes_of_unknown_keys()
    {
        var plan = ChangeSetPlanner.Plan(
            new GraphChangeSet { DeleteEntityKeys = ["ghost"], DeleteRelationshipKeys = ["ghost"], DeleteSourceKeys = ["ghost"] }, Stored());

        Assert.False(plan.HasWrites);
    }

    [Fact]
    public void KeysToRead_covers_upserts_deletes_endpoints_and_cited_sources()
    {
        var (sources, entities, relationships) = ChangeSetPlanner.KeysToRead(new GraphChangeSet
        {
            UpsertSources = [Source("s1")],
            UpsertEntities = [new EntityUpsert(Entity("e1", sourceKeys: ["s2"]))],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "e1", "e2", sourceKeys: ["s3"])],
            DeleteEntityKeys = ["e3"],
            DeleteRelationshipKeys = ["r2"],
            DeleteSourceKeys = ["s4"],
        });

        Assert.Equal(["s1", "s2", "s3", "s4"], sources.Order());
        Assert.Equal(["e1", "e2", "e3"], entities.Order());
        Assert.Equal(["r1", "r2"], relationships.Order());
    }
}
