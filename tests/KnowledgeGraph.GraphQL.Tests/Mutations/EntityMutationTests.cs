using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class EntityMutationTests
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";

    private const string ConflictErrors = "errors { __typename ... on Error { message code path } ... on VersionConflictError { id expectedVersion actualVersion } }";

    private const string CreateProject = $$"""
        mutation($input: CreateProjectInput!) {
          createProject(input: $input) {
            project { id key name startYear sector investment { amount currency } version sources { key } }
            {{Errors}}
          }
        }
        """;

    private const string UpdateProject = $$"""
        mutation($input: UpdateProjectInput!) {
          updateProject(input: $input) { project { key name description startYear status aliases version } {{ConflictErrors}} }
        }
        """;

    private const string DeleteProject = $$"""
        mutation($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedId relationshipsDeleted {{ConflictErrors}} } }
        """;

    private static readonly string Khorgos = Curator.Id(EntityKind.Project, "khorgos-gateway");

    private static readonly string[] WireOnly = [Curator.SourceId(FixtureGraph.Wire)];

    public static TheoryData<EntityKind> Kinds => new(Enum.GetValues<EntityKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Create_stores_an_entity_of_every_kind_at_version_one(EntityKind kind)
    {
        await using var curator = await Curator.StartAsync();
        var field = char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

        var payload = await curator.SucceedAsync("create" + kind, $$"""
            mutation($input: Create{{kind}}Input!) { create{{kind}}(input: $input) { {{field}} { id key kind version } {{Errors}} } }
            """, new { input = new { key = "new-" + field.ToLowerInvariant(), name = $"A new {kind}", description = "Created by a test.", sourceIds = WireOnly } });

        var created = payload.GetProperty(field);
        Assert.Equal(Curator.Id(kind, "new-" + field.ToLowerInvariant()), created.GetProperty("id").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt64());
        var stored = await curator.EntityAsync("new-" + field.ToLowerInvariant());
        Assert.Equal(kind, stored!.Kind);
        Assert.Equal("Created by a test.", stored.Description);
    }

    [Fact]
    public async Task Create_derives_the_key_from_the_name_and_stores_typed_properties()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("createProject", CreateProject, new
        {
            input = new
            {
                name = "Dostyk–Moyynty second track",
                sector = "Transport",
                startYear = 2020,
                investmentAmount = 1.2e9,
                investmentCurrency = "USD",
                sourceIds = WireOnly,
            },
        });

        var project = payload.GetProperty("project");
        Assert.Equal("dostyk-moyynty-second-track", project.GetProperty("key").GetString());
        Assert.Equal(2020, project.GetProperty("startYear").GetInt32());
        Assert.Equal("USD", project.GetProperty("investment").GetProperty("currency").GetString());
        var stored = await curator.EntityAsync("dostyk-moyynty-second-track");
        Assert.Equal(2020, stored!.Property("startYear")!.Value.Integer);
        Assert.Equal([FixtureGraph.Wire], stored.SourceKeys);
    }

    [Fact]
    public async Task Create_with_a_key_already_taken_is_a_DUPLICATE_KEY_error_and_changes_nothing()
    {
        await using var curator = await Curator.StartAsync();
        var before = Curator.Describe(await curator.EntityAsync("ktz"));

        var errors = await curator.FailAsync("createProject", CreateProject, new { input = new { key = "ktz", name = "Another KTZ", sourceIds = WireOnly } });

        Assert.Equal([(ValidationCodes.DuplicateKey, "input.key")], errors);
        Assert.Equal(before, Curator.Describe(await curator.EntityAsync("ktz")));
    }

    [Fact]
    public async Task Create_without_a_source_or_with_an_unknown_or_malformed_one_is_refused_with_paths()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var none = await curator.FailAsync("createProject", CreateProject, new { input = new { name = "Unsourced", sourceIds = Array.Empty<string>() } });
        var unknown = await curator.FailAsync("createProject", CreateProject,
            new { input = new { name = "Unsourced", sourceIds = new[] { Curator.SourceId(FixtureGraph.Wire), Curator.SourceId("rumour") } } });
        var malformed = await curator.FailAsync("createProject", CreateProject, new { input = new { name = "Unsourced", sourceIds = new[] { "not-an-id" } } });

        Assert.Equal([(ValidationCodes.SourceRequired, "input.sourceIds")], none);
        Assert.Equal([(ValidationCodes.UnknownSource, "input.sourceIds.1")], unknown);
        Assert.Equal([(ErrorCodes.InvalidId, "input.sourceIds.0")], malformed);
        Assert.Null(await curator.EntityAsync("unsourced"));
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task Invalid_fields_are_all_reported_with_their_codes_and_input_paths_and_nothing_is_written()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var errors = await curator.FailAsync("createProject", CreateProject, new
        {
            input = new
            {
                key = "bad-project",
                name = new string('x', 201),
                sector = "Shipping",
                startYear = 1700,
                investmentAmount = 10.0,
                investmentCurrency = "usd",
                sourceIds = WireOnly,
            },
        });

        Assert.Equal(
            [(ValidationCodes.InvalidCurrency, "input.investmentCurrency"), (ValidationCodes.OutOfRange, "input.startYear"), (ValidationCodes.TooLong, "input.name"), (ValidationCodes.ValueNotAllowed, "input.sector")],
            errors.Order());
        Assert.Null(await curator.EntityAsync("bad-project"));
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task Update_at_the_current_version_changes_the_fields_given_and_moves_the_version_on()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("updateProject", UpdateProject,
            new { input = new { id = Khorgos, expectedVersion = 1, name = "Khorgos Gateway dry port", startYear = 2014 } });

        var project = payload.GetProperty("project");
        Assert.Equal("Khorgos Gateway dry port", project.GetProperty("name").GetString());
        Assert.Equal(2014, project.GetProperty("startYear").GetInt32());
        Assert.Equal(2, project.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Update_that_changes_nothing_answers_its_payload_from_the_entity_it_read_through_the_loaders()
    {
        await using var curator = await Curator.StartAsync();
        curator.Host.Store.Reset();

        var payload = await curator.SucceedAsync("updateProject", UpdateProject, new { input = new { id = Khorgos, expectedVersion = 1 } });

        Assert.Equal(1, payload.GetProperty("project").GetProperty("version").GetInt64());
        // Read once to check its version; the write changed nothing, so the loaders are kept and the payload is that read.
        Assert.Equal(1, curator.Host.Store.CallsTo(nameof(IGraphStore.GetEntitiesAsync)));
    }

    [Fact]
    public async Task Update_from_an_old_version_is_a_conflict_and_leaves_the_entity_as_it_was()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("updateProject", UpdateProject, new { input = new { id = Khorgos, expectedVersion = 1, status = "Suspended" } });
        var afterFirstEdit = Curator.Describe(await curator.EntityAsync("khorgos-gateway"));

        var response = (await curator.ExecuteAsync(UpdateProject, new { input = new { id = Khorgos, expectedVersion = 1, name = "Overwritten" } })).AssertNoErrors();

        var error = response.At("updateProject.errors.0");
        Assert.Equal("VersionConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(DomainErrorCodes.Conflict, error.GetProperty("code").GetString());
        Assert.Equal(["input", "expectedVersion"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(Khorgos, error.GetProperty("id").GetString());
        Assert.Equal(1, error.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(2, error.GetProperty("actualVersion").GetInt64());
        Assert.Equal(JsonValueKind.Null, response.At("updateProject.project").ValueKind);
        Assert.Equal(afterFirstEdit, Curator.Describe(await curator.EntityAsync("khorgos-gateway")));
    }

    [Fact]
    public async Task Update_leaves_absent_fields_alone_clears_fields_set_to_null_and_refuses_to_clear_the_name()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("updateProject", UpdateProject,
            new { input = new { id = Khorgos, expectedVersion = 1, description = (string?)null, startYear = (int?)null, aliases = (string[]?)null } });
        var refused = await curator.FailAsync("updateProject", UpdateProject, new { input = new { id = Khorgos, expectedVersion = 2, name = (string?)null } });

        var project = payload.GetProperty("project");
        Assert.Equal("Khorgos Gateway", project.GetProperty("name").GetString());
        Assert.Equal("Operational", project.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, project.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, project.GetProperty("startYear").ValueKind);
        Assert.Equal(0, project.GetProperty("aliases").GetArrayLength());
        Assert.Equal([(ValidationCodes.Required, "input.name")], refused);
        var stored = await curator.EntityAsync("khorgos-gateway");
        Assert.Null(stored!.Property("startYear"));
        Assert.Equal("USD", stored.Property("investmentCurrency")!.Value.Text);
    }

    [Fact]
    public async Task Update_of_an_unknown_entity_or_with_an_id_of_another_kind_is_reported()
    {
        await using var curator = await Curator.StartAsync();

        var missing = await curator.FailAsync("updateProject", UpdateProject,
            new { input = new { id = Curator.Id(EntityKind.Project, "atlantis-port"), expectedVersion = 1, name = "Atlantis" } });
        var company = await curator.FailAsync("updateProject", UpdateProject,
            new { input = new { id = Curator.Id(EntityKind.Company, "ktz"), expectedVersion = 1, name = "KTZ" } });

        Assert.Equal([(DomainErrorCodes.NotFound, "input.id")], missing);
        Assert.Equal([(ErrorCodes.InvalidId, "input.id")], company);
    }

    [Fact]
    public async Task Delete_removes_the_entity_with_every_relationship_it_has()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("deleteProject", DeleteProject, new { input = new { id = Khorgos, expectedVersion = 1 } });

        Assert.Equal(Khorgos, payload.GetProperty("deletedId").GetString());
        Assert.Equal(8, payload.GetProperty("relationshipsDeleted").GetInt32());
        Assert.Null(await curator.EntityAsync("khorgos-gateway"));
        Assert.Null(await curator.RelationshipAsync("khorgos-operated-by-ktz"));
        Assert.Null(await curator.RelationshipAsync("terminal-part-of-khorgos"));
        Assert.NotNull(await curator.EntityAsync("ktz"));
    }

    [Fact]
    public async Task Delete_from_an_old_version_is_a_conflict_and_deletes_nothing()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("updateProject", UpdateProject, new { input = new { id = Khorgos, expectedVersion = 1, status = "Suspended" } });

        var errors = await curator.FailAsync("deleteProject", DeleteProject, new { input = new { id = Khorgos, expectedVersion = 1 } });

        Assert.Equal([(DomainErrorCodes.Conflict, "input.expectedVersion")], errors);
        Assert.NotNull(await curator.EntityAsync("khorgos-gateway"));
        Assert.NotNull(await curator.RelationshipAsync("khorgos-operated-by-ktz"));
    }

    [Fact]
    public async Task Reads_after_a_mutation_see_the_change_even_in_the_same_document()
    {
        await using var curator = await Curator.StartAsync();

        var response = (await curator.ExecuteAsync($$"""
            mutation($id: ID!) {
              first: updateProject(input: { id: $id, expectedVersion: 1, name: "Khorgos dry port" }) { project { version } }
              second: updateProject(input: { id: $id, expectedVersion: 2, status: "Suspended" }) { project { name status version } {{Errors}} }
            }
            """, new { id = Khorgos })).AssertNoErrors();
        var read = (await curator.ExecuteAsync("""{ entity(key: "khorgos-gateway") { name version ... on Project { status } } }""")).AssertNoErrors();

        Assert.Equal("Khorgos dry port", response.At("second.project.name").GetString());
        Assert.Equal(3, response.At("second.project.version").GetInt64());
        Assert.Equal("Khorgos dry port", read.At("entity.name").GetString());
        Assert.Equal("Suspended", read.At("entity.status").GetString());
        Assert.Equal(3, read.At("entity.version").GetInt64());
    }

    [Fact]
    public async Task The_change_is_recorded_with_the_callers_name_and_the_comment()
    {
        await using var curator = await Curator.StartAsync();

        await curator.SucceedAsync("updateProject", UpdateProject,
            new { input = new { id = Khorgos, expectedVersion = 1, status = "Suspended", comment = "Operations paused, per the operator's notice." } });

        var author = Assert.Single(curator.Recorder.Applied).Author;
        Assert.Equal(Curator.EditorName, author!.Name);
        Assert.Equal("Operations paused, per the operator's notice.", author.Comment);
    }
}
