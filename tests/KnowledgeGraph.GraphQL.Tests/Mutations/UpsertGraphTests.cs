using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class UpsertGraphTests
{
    private const string Upsert = """
        mutation($input: UpsertGraphInput!) {
          upsertGraph(input: $input) {
            result {
              graphVersion changed
              sources { created updated unchanged }
              entities { created updated unchanged }
              relationships { created updated unchanged }
            }
            errors { __typename ... on Error { message code path } ... on VersionConflictError { expectedVersion actualVersion } }
          }
        }
        """;

    private static object Batch(int startYear = 2021) => new
    {
        input = new
        {
            comment = "Dry ports of the Kazakhstan–China border",
            sources = new object[]
            {
                new { key = "nurly-zhol-report-2021", title = "Nurly Zhol progress report 2021", url = "https://example.org/nurly-zhol-2021" },
            },
            entities = new object[]
            {
                new { project = new { key = "altynkol-dry-port", name = "Altynkol dry port", sector = "Logistics", startYear, sourceKeys = new[] { "nurly-zhol-report-2021" } } },
                new { company = new { key = "ktz", name = "Kazakhstan Temir Zholy", description = "National railway company of Kazakhstan.", aliases = new[] { "KTZ" }, country = "Kazakhstan", ownership = "State", foundedYear = 1997, industry = "Railways", sourceKeys = new[] { FixtureGraph.Wire } } },
                new { region = new { key = "zhetysu-region", name = "Zhetysu Region", level = "Province", sourceKeys = new[] { "nurly-zhol-report-2021" } } },
            },
            relationships = new object[]
            {
                new { type = RelationshipTypes.LocatedIn, from = "altynkol-dry-port", to = "zhetysu-region", sourceKeys = new[] { "nurly-zhol-report-2021" } },
                new { type = RelationshipTypes.OperatedBy, from = "altynkol-dry-port", to = "ktz", role = "operator", sinceYear = 2022, sourceKeys = new[] { FixtureGraph.Wire } },
                new { type = "PART_OF", from = "zhetysu-region", to = "kazakhstan", sourceKeys = new[] { "nurly-zhol-report-2021" } },
            },
        },
    };

    [Fact]
    public async Task UpsertGraph_creates_new_records_that_refer_to_each_other_and_leaves_equal_ones_alone()
    {
        await using var curator = await Curator.StartAsync();
        var before = await curator.GraphVersionAsync();

        var result = (await curator.SucceedAsync("upsertGraph", Upsert, Batch())).GetProperty("result");

        Assert.True(result.GetProperty("changed").GetBoolean());
        Assert.Equal(before + 1, result.GetProperty("graphVersion").GetInt64());
        Assert.Equal((1, 0, 0), Counts(result, "sources"));
        Assert.Equal((2, 0, 1), Counts(result, "entities"));
        Assert.Equal((3, 0, 0), Counts(result, "relationships"));
        Assert.NotNull(await curator.RelationshipAsync("altynkol-dry-port-operated-by-ktz-operator"));
        Assert.Equal(1, (await curator.EntityAsync("ktz"))!.Version);
        Assert.Single(curator.Recorder.Applied);
    }

    [Fact]
    public async Task UpsertGraph_run_twice_changes_nothing_the_second_time_not_even_versions()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("upsertGraph", Upsert, Batch());
        var version = await curator.GraphVersionAsync();
        var project = Curator.Describe(await curator.EntityAsync("altynkol-dry-port"));

        var result = (await curator.SucceedAsync("upsertGraph", Upsert, Batch())).GetProperty("result");

        Assert.False(result.GetProperty("changed").GetBoolean());
        Assert.Equal(version, result.GetProperty("graphVersion").GetInt64());
        Assert.Equal((0, 0, 1), Counts(result, "sources"));
        Assert.Equal((0, 0, 3), Counts(result, "entities"));
        Assert.Equal((0, 0, 3), Counts(result, "relationships"));
        Assert.Equal(version, await curator.GraphVersionAsync());
        Assert.Equal(project, Curator.Describe(await curator.EntityAsync("altynkol-dry-port")));
    }

    [Fact]
    public async Task UpsertGraph_replaces_a_changed_record_and_counts_it_as_updated()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("upsertGraph", Upsert, Batch(startYear: 2021));

        var result = (await curator.SucceedAsync("upsertGraph", Upsert, Batch(startYear: 2020))).GetProperty("result");

        Assert.Equal((0, 1, 2), Counts(result, "entities"));
        var project = await curator.EntityAsync("altynkol-dry-port");
        Assert.Equal(2020, project!.Property("startYear")!.Value.Integer);
        Assert.Equal(2, project.Version);
    }

    [Fact]
    public async Task UpsertGraph_with_one_bad_record_writes_nothing_and_points_into_the_input_lists()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();

        var errors = await curator.FailAsync("upsertGraph", Upsert, new
        {
            input = new
            {
                entities = new object[]
                {
                    new { project = new { key = "good-project", name = "A good project", sourceKeys = new[] { FixtureGraph.Wire } } },
                    new { project = new { key = "bad-project", name = "A bad project", startYear = 1500, sourceKeys = new[] { FixtureGraph.Wire } } },
                },
                relationships = new object[]
                {
                    new { type = RelationshipTypes.LocatedIn, from = "good-project", to = "kazakhstan", sourceKeys = new[] { FixtureGraph.Wire } },
                    new { type = "LEADER_OF", from = "good-project", to = "kazakhstan", sourceKeys = new[] { "missing-source" } },
                },
            },
        });

        Assert.Equal(
            [
                (ValidationCodes.OutOfRange, "input.entities.1.project.startYear"),
                (ValidationCodes.RelationshipNotAllowed, "input.relationships.1.type"),
                (ValidationCodes.UnknownSource, "input.relationships.1.sourceKeys.0"),
            ],
            errors.Order());
        Assert.Null(await curator.EntityAsync("good-project"));
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task UpsertGraph_with_an_outdated_expected_version_fails_as_a_whole()
    {
        await using var curator = await Curator.StartAsync();

        var response = (await curator.ExecuteAsync(Upsert, new
        {
            input = new
            {
                sources = new object[] { new { key = "fresh-source", title = "Fresh" } },
                entities = new object[]
                {
                    new { company = new { key = "ktz", name = "KTZ", expectedVersion = 3, sourceKeys = new[] { "fresh-source" } } },
                },
            },
        })).AssertNoErrors();

        var error = response.At("upsertGraph.errors.0");
        Assert.Equal("VersionConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(["input", "entities", "0", "company", "expectedVersion"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1, error.GetProperty("actualVersion").GetInt64());
        Assert.Null(await curator.SourceAsync("fresh-source"));
    }

    [Fact]
    public async Task UpsertGraph_entities_name_exactly_one_kind()
    {
        await using var curator = await Curator.StartAsync();

        var response = await curator.ExecuteAsync("""
            mutation { upsertGraph(input: { entities: [{ project: { key: "p", name: "P", sourceKeys: ["src-wire"] }, region: { key: "r", name: "R", sourceKeys: ["src-wire"] } }] }) { result { changed } } }
            """);

        Assert.NotEmpty(response.Errors);
        Assert.Null(await curator.EntityAsync("p"));
    }

    private static (int Created, int Updated, int Unchanged) Counts(System.Text.Json.JsonElement result, string list) =>
        (result.GetProperty(list).GetProperty("created").GetInt32(),
         result.GetProperty(list).GetProperty("updated").GetInt32(),
         result.GetProperty(list).GetProperty("unchanged").GetInt32());
}
