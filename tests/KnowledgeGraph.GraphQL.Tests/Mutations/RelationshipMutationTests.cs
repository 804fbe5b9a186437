using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class RelationshipMutationTests
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";

    private const string Link = $$"""
        mutation($input: LinkEntitiesInput!) {
          linkEntities(input: $input) {
            relationship { id key relationshipType role sinceYear amount currency confidence from { key } to { key } sources { key } }
            {{Errors}}
          }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateRelationshipInput!) {
          updateRelationship(input: $input) { relationship { id key role sinceYear untilYear note confidence } {{Errors}} }
        }
        """;

    private const string Unlink = $$"""
        mutation($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { deletedId deletedKey {{Errors}} } }
        """;

    private static readonly string[] Government = [Curator.SourceId(FixtureGraph.Government)];

    private static readonly string BuiltById = Curator.RelationshipId("zhb-built-by-ktz");

    [Fact]
    public async Task Link_reads_its_two_ends_together_and_its_payload_through_the_request_loaders()
    {
        await using var curator = await Curator.StartAsync();
        curator.Host.Store.Reset();

        await curator.SucceedAsync("linkEntities", Link, new
        {
            input = new
            {
                type = RelationshipTypes.FundedBy,
                fromId = Curator.Id(EntityKind.Project, "aktau-container-hub"),
                toId = Curator.Id(EntityKind.Company, "ktz"),
                sourceIds = Government,
            },
        });

        // Ends: one call for both; validation reads what it checks itself; the payload's ends: one call after the write.
        Assert.Equal(3, curator.Host.Store.CallsTo(nameof(IGraphStore.GetEntitiesAsync)));
        // The duplicate-key check before the write and the payload after it (the write resets the loaders).
        Assert.Equal(2, curator.Host.Store.CallsTo(nameof(IGraphStore.GetRelationshipsByKeyAsync)));
    }

    [Fact]
    public async Task Link_creates_a_relationship_keyed_like_the_seed_files_and_reads_see_it_from_both_ends()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("linkEntities", Link, new
        {
            input = new
            {
                type = RelationshipTypes.FundedBy,
                fromId = Curator.Id(EntityKind.Project, "aktau-container-hub"),
                toId = Curator.Id(EntityKind.Company, "ktz"),
                role = "co-investor",
                sinceYear = 2023,
                amount = 12.5e6,
                currency = "USD",
                confidence = "REPORTED",
                sourceIds = Government,
            },
        });
        var read = (await curator.ExecuteAsync("""
            { entity(key: "ktz") { relationships(types: ["FUNDED_BY"]) { edges { role node { key } } } } }
            """)).AssertNoErrors();

        var relationship = payload.GetProperty("relationship");
        Assert.Equal("aktau-container-hub-funded-by-ktz-co-investor", relationship.GetProperty("key").GetString());
        Assert.Equal(Curator.RelationshipId("aktau-container-hub-funded-by-ktz-co-investor"), relationship.GetProperty("id").GetString());
        Assert.Equal("REPORTED", relationship.GetProperty("confidence").GetString());
        Assert.Equal(FixtureGraph.Government, relationship.GetProperty("sources")[0].GetProperty("key").GetString());
        Assert.Equal("aktau-container-hub", read.At("entity.relationships.edges.0.node.key").GetString());
        Assert.Equal("co-investor", read.At("entity.relationships.edges.0.role").GetString());
    }

    [Fact]
    public async Task Link_between_kinds_the_type_does_not_allow_is_RELATIONSHIP_NOT_ALLOWED_at_the_type()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var errors = await curator.FailAsync("linkEntities", Link, new
        {
            input = new { type = RelationshipTypes.OperatedBy, fromId = Curator.Id(EntityKind.Company, "ktz"), toId = Curator.Id(EntityKind.Project, "khorgos-gateway"), sourceIds = Government },
        });

        Assert.Equal([(ValidationCodes.RelationshipNotAllowed, "input.type")], errors);
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task Link_with_a_bad_year_range_currency_or_long_note_reports_each_at_its_field_and_writes_nothing()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var errors = await curator.FailAsync("linkEntities", Link, new
        {
            input = new
            {
                type = "BUILT_BY",
                fromId = Curator.Id(EntityKind.Project, "aktau-container-hub"),
                toId = Curator.Id(EntityKind.Company, "cosco-shipping"),
                sinceYear = 2024,
                untilYear = 2020,
                amount = 5.0,
                currency = "dollars",
                note = new string('n', 2001),
                sourceIds = Government,
            },
        });

        Assert.Equal([(ValidationCodes.InvalidCurrency, "input.currency"), (ValidationCodes.InvalidYearRange, "input.untilYear"), (ValidationCodes.TooLong, "input.note")], errors.Order());
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task Link_to_an_entity_that_does_not_exist_or_twice_is_refused()
    {
        await using var curator = await Curator.StartAsync();

        var missing = await curator.FailAsync("linkEntities", Link, new
        {
            input = new { type = RelationshipTypes.LocatedIn, fromId = Curator.Id(EntityKind.Project, "khorgos-gateway"), toId = Curator.Id(EntityKind.Region, "atlantis"), sourceIds = Government },
        });
        var twice = await curator.FailAsync("linkEntities", Link, new
        {
            input = new
            {
                type = RelationshipTypes.LocatedIn,
                key = "khorgos-in-almaty",
                fromId = Curator.Id(EntityKind.Project, "khorgos-gateway"),
                toId = Curator.Id(EntityKind.Region, "almaty-region"),
                sourceIds = Government,
            },
        });

        Assert.Equal([(ValidationCodes.MissingEndpoint, "input.toId")], missing);
        Assert.Equal([(ValidationCodes.DuplicateKey, "input.key")], twice);
    }

    [Fact]
    public async Task Update_changes_the_fields_given_clears_those_set_to_null_and_keeps_the_rest()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("updateRelationship", Update,
            new { input = new { key = "zhb-built-by-ktz", role = (string?)null, note = "Opened in 2016.", confidence = "REPORTED" } });

        var relationship = payload.GetProperty("relationship");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, relationship.GetProperty("role").ValueKind);
        Assert.Equal("Opened in 2016.", relationship.GetProperty("note").GetString());
        Assert.Equal(2012, relationship.GetProperty("sinceYear").GetInt32());
        Assert.Equal(2016, relationship.GetProperty("untilYear").GetInt32());
        var stored = await curator.RelationshipAsync("zhb-built-by-ktz");
        Assert.Null(stored!.Role);
        Assert.Equal(Confidence.Reported, stored.Confidence);
    }

    [Fact]
    public async Task Update_that_would_break_a_rule_or_of_an_unknown_relationship_changes_nothing()
    {
        await using var curator = await Curator.StartAsync();
        var before = Curator.Describe(await curator.RelationshipAsync("zhb-built-by-ktz"));

        var invalid = await curator.FailAsync("updateRelationship", Update, new { input = new { key = "zhb-built-by-ktz", untilYear = 2000 } });
        var unknown = await curator.FailAsync("updateRelationship", Update, new { input = new { key = "no-such-link", note = "?" } });

        Assert.Equal([(ValidationCodes.InvalidYearRange, "input.untilYear")], invalid);
        Assert.Equal([(DomainErrorCodes.NotFound, "input.key")], unknown);
        Assert.Equal(before, Curator.Describe(await curator.RelationshipAsync("zhb-built-by-ktz")));
    }

    [Fact]
    public async Task Unlink_deletes_the_relationship_and_keeps_both_ends()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("unlinkEntities", Unlink, new { input = new { key = "khorgos-operated-by-ktz" } });
        var again = await curator.FailAsync("unlinkEntities", Unlink, new { input = new { key = "khorgos-operated-by-ktz" } });

        Assert.Equal("khorgos-operated-by-ktz", payload.GetProperty("deletedKey").GetString());
        Assert.Equal(Curator.RelationshipId("khorgos-operated-by-ktz"), payload.GetProperty("deletedId").GetString());
        Assert.Null(await curator.RelationshipAsync("khorgos-operated-by-ktz"));
        Assert.NotNull(await curator.EntityAsync("khorgos-gateway"));
        Assert.NotNull(await curator.EntityAsync("ktz"));
        Assert.Equal([(DomainErrorCodes.NotFound, "input.key")], again);
    }

    [Fact]
    public async Task Update_by_global_id_changes_the_relationship_that_relationship_key_names()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("updateRelationship", Update, new { input = new { relationshipId = BuiltById, note = "Opened in 2016." } });

        Assert.Equal(BuiltById, payload.GetProperty("relationship").GetProperty("id").GetString());
        Assert.Equal("zhb-built-by-ktz", payload.GetProperty("relationship").GetProperty("key").GetString());
        Assert.Equal("Opened in 2016.", (await curator.RelationshipAsync("zhb-built-by-ktz"))!.Note);
    }

    [Fact]
    public async Task Update_or_unlink_naming_the_relationship_by_both_id_and_key_or_by_neither_is_REQUIRED_at_the_input()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var updateBoth = await curator.FailAsync("updateRelationship", Update, new { input = new { relationshipId = BuiltById, key = "zhb-built-by-ktz", note = "?" } });
        var updateNeither = await curator.FailAsync("updateRelationship", Update, new { input = new { note = "?" } });
        var unlinkBoth = await curator.FailAsync("unlinkEntities", Unlink, new { input = new { relationshipId = BuiltById, key = "zhb-built-by-ktz" } });
        var unlinkNeither = await curator.FailAsync("unlinkEntities", Unlink, new { input = new { comment = "which one?" } });

        Assert.Equal([(ValidationCodes.Required, "input")], updateBoth);
        Assert.Equal([(ValidationCodes.Required, "input")], updateNeither);
        Assert.Equal([(ValidationCodes.Required, "input")], unlinkBoth);
        Assert.Equal([(ValidationCodes.Required, "input")], unlinkNeither);
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task A_relationshipId_that_is_malformed_names_another_type_or_names_nothing_is_refused_at_relationshipId()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var malformed = await curator.FailAsync("updateRelationship", Update, new { input = new { relationshipId = "zhb-built-by-ktz", note = "?" } });
        var entityId = await curator.FailAsync("unlinkEntities", Unlink, new { input = new { relationshipId = Curator.Id(EntityKind.Company, "ktz") } });
        var unknown = await curator.FailAsync("unlinkEntities", Unlink, new { input = new { relationshipId = Curator.RelationshipId("no-such-link") } });

        Assert.Equal([(ErrorCodes.InvalidId, "input.relationshipId")], malformed);
        Assert.Equal([(ErrorCodes.InvalidId, "input.relationshipId")], entityId);
        Assert.Equal([(DomainErrorCodes.NotFound, "input.relationshipId")], unknown);
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task Unlink_by_global_id_returns_the_id_whose_history_records_the_deletion()
    {
        await using var curator = await Curator.StartAsync();
        var id = Curator.RelationshipId("khorgos-operated-by-ktz");

        var payload = await curator.SucceedAsync("unlinkEntities", """
            mutation($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { deletedId deletedKey errors { __typename } } }
            """, new { input = new { relationshipId = id, comment = "Operator changed" } });
        var history = (await curator.ExecuteAsync(
            "query($id: ID!) { history(id: $id) { nodes { operation author comment } } }", new { id = payload.GetProperty("deletedId").GetString() })).AssertNoErrors();

        Assert.Equal(id, payload.GetProperty("deletedId").GetString());
        Assert.Equal("khorgos-operated-by-ktz", payload.GetProperty("deletedKey").GetString());
        Assert.Null(await curator.RelationshipAsync("khorgos-operated-by-ktz"));
        Assert.Equal("DELETED", history.At("history.nodes.0.operation").GetString());
        Assert.Equal(Curator.EditorName, history.At("history.nodes.0.author").GetString());
        Assert.Equal("Operator changed", history.At("history.nodes.0.comment").GetString());
    }
}
