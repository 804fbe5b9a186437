using System.Text.Json;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Mutations;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// Every list argument and list input field is capped (<c>GraphQL:MaxListLength</c>, 100) and every <c>where</c> filter
/// is capped as a whole (<c>GraphQL:MaxFilterValues</c>, 500): a request over a cap is refused with LIMIT_EXCEEDED naming
/// the list, before the store is asked anything.
/// </summary>
public sealed class InputListLimitTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private const string Nodes = "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }";

    private static readonly string Khorgos = GlobalId.Encode("Project", "khorgos-gateway");

    [Fact]
    public async Task Nodes_with_more_ids_than_the_limit_is_refused_naming_the_limit_before_any_store_call()
    {
        fixture.Host.Store.Reset();

        var response = await fixture.Host.ExecuteAsync(Nodes, new { ids = Enumerable.Range(0, 20_000).Select(i => GlobalId.Encode("Project", $"p-{i}")).ToArray() });

        AssertLimit(response, "ids", maximum: 100, requested: 20_000, setting: "GraphQL:MaxListLength");
        Assert.Equal(0, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task Nodes_with_as_many_ids_as_the_limit_runs_in_one_store_call()
    {
        fixture.Host.Store.Reset();

        var response = (await fixture.Host.ExecuteAsync(Nodes, new { ids = Enumerable.Repeat(Khorgos, 100).ToArray() })).AssertNoErrors();

        Assert.Equal(100, response.At("nodes").GetArrayLength());
        Assert.Equal(1, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task Sources_with_more_keys_than_the_limit_is_refused_before_any_store_call()
    {
        fixture.Host.Store.Reset();

        var response = await fixture.Host.ExecuteAsync(
            "query ($keys: [String!]!) { sources(keys: $keys) { key } }", new { keys = Enumerable.Range(0, 101).Select(i => $"s-{i}").ToArray() });

        AssertLimit(response, "keys", maximum: 100, requested: 101, setting: "GraphQL:MaxListLength");
        Assert.Equal(0, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task A_list_written_in_the_document_is_capped_like_one_sent_in_variables()
    {
        fixture.Host.Store.Reset();
        var kinds = string.Join(", ", Enumerable.Repeat("PROJECT", 101));

        var response = await fixture.Host.ExecuteAsync($"{{ entities(kinds: [{kinds}]) {{ totalCount }} }}");

        AssertLimit(response, "kinds", maximum: 100, requested: 101, setting: "GraphQL:MaxListLength");
        Assert.Equal(0, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task A_list_nested_in_a_child_field_argument_is_capped_and_named_by_its_argument()
    {
        fixture.Host.Store.Reset();

        var response = await fixture.Host.ExecuteAsync(
            "query ($types: [String!]) { entity(key: \"khorgos-gateway\") { relationships(types: $types) { totalCount } } }",
            new { types = Enumerable.Repeat(RelationshipTypes.LocatedIn, 101).ToArray() });

        AssertLimit(response, "types", maximum: 100, requested: 101, setting: "GraphQL:MaxListLength");
        Assert.Equal(0, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task An_in_list_of_a_few_hundred_values_passes_and_a_larger_filter_is_refused_as_a_whole()
    {
        const string Projects = "query ($where: ProjectFilterInput) { projects(where: $where) { totalCount } }";
        var keys = Enumerable.Range(0, 499).Select(i => $"p-{i}").Append("khorgos-gateway").ToArray();

        var allowed = (await fixture.Host.ExecuteAsync(Projects, new { where = new { key = new { @in = keys } } })).AssertNoErrors();
        fixture.Host.Store.Reset();
        var refused = await fixture.Host.ExecuteAsync(
            Projects, new { where = new { key = new { @in = keys }, sector = new { eq = "Logistics" } } });

        Assert.Equal(1, allowed.At("projects.totalCount").GetInt32());
        AssertLimit(refused, "where", maximum: 500, requested: 501, setting: "GraphQL:MaxFilterValues");
        Assert.Equal(0, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task Empty_or_nested_filter_branches_count_towards_the_filter_limit()
    {
        fixture.Host.Store.Reset();
        var branches = Enumerable.Range(0, 10).Select(_ => new { or = Enumerable.Range(0, 50).Select(_ => new { }).ToArray() }).ToArray();

        var response = await fixture.Host.ExecuteAsync(
            "query ($where: EntityFilterInput) { entities(where: $where) { totalCount } }", new { where = new { and = branches } });

        // 10 branches, each holding 50 empty ones: 510.
        AssertLimit(response, "where", maximum: 500, requested: 510, setting: "GraphQL:MaxFilterValues");
        Assert.Equal(0, fixture.Host.Store.TotalCalls);
    }

    [Fact]
    public async Task The_limits_are_configurable()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { ["GraphQL:MaxListLength"] = "2", ["GraphQL:MaxFilterValues"] = "3" });

        var ids = await host.ExecuteAsync(Nodes, new { ids = Enumerable.Repeat(Khorgos, 3).ToArray() });
        var filter = await host.ExecuteAsync(
            "{ projects(where: { startYear: { in: [2009, 2012, 2015, 2022] } }) { totalCount } }");

        AssertLimit(ids, "ids", maximum: 2, requested: 3, setting: "GraphQL:MaxListLength");
        AssertLimit(filter, "where", maximum: 3, requested: 4, setting: "GraphQL:MaxFilterValues");
        Assert.Equal(0, host.Store.TotalCalls);
    }

    [Fact]
    public async Task A_list_inside_a_mutation_input_is_capped_and_nothing_is_read_or_written()
    {
        await using var curator = await Curator.StartAsync();
        curator.Host.Store.Reset();

        var response = await curator.ExecuteAsync(
            "mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { key } } }",
            new
            {
                input = new
                {
                    name = "Example dry port",
                    aliases = Enumerable.Range(0, 101).Select(i => $"alias {i}").ToArray(),
                    sourceIds = new[] { Curator.SourceId(FixtureGraph.Wire) },
                },
            });

        AssertLimit(response, "input.aliases", maximum: 100, requested: 101, setting: "GraphQL:MaxListLength");
        Assert.Equal(0, curator.Host.Store.TotalCalls);
        Assert.Empty(curator.Recorder.Applied);
    }

    [Fact]
    public async Task UpsertGraph_record_lists_keep_their_own_cap_but_lists_inside_a_record_are_capped()
    {
        await using var curator = await Curator.StartAsync();
        const string Upsert = """
            mutation ($input: UpsertGraphInput!) {
              upsertGraph(input: $input) { result { sources { created } } errors { ... on Error { code path } } }
            }
            """;
        var sources = Enumerable.Range(0, 150).Select(i => new { key = $"report-{i}", title = $"Report {i}" }).ToArray();

        var many = (await curator.ExecuteAsync(Upsert, new { input = new { sources } })).AssertNoErrors();
        curator.Host.Store.Reset();
        var tooManySourceKeys = await curator.ExecuteAsync(Upsert, new
        {
            input = new
            {
                entities = new object[]
                {
                    new { project = new { key = "example-dry-port", name = "Example dry port", sourceKeys = sources.Select(s => s.key).Take(101).ToArray() } },
                },
            },
        });

        Assert.Equal(150, many.At("upsertGraph.result.sources.created").GetInt32());
        AssertLimit(tooManySourceKeys, "input.entities[0].project.sourceKeys", maximum: 100, requested: 101, setting: "GraphQL:MaxListLength");
        Assert.Equal(0, curator.Host.Store.TotalCalls);
        Assert.Single(curator.Recorder.Applied);
    }

    private static void AssertLimit(GraphQLResponse response, string limit, int maximum, long requested, string setting)
    {
        var error = Assert.Single(response.Errors);
        var extensions = error.GetProperty("extensions");
        Assert.Equal(DomainErrorCodes.LimitExceeded, extensions.GetProperty("code").GetString());
        Assert.Equal(limit, extensions.GetProperty("limit").GetString());
        Assert.Equal(maximum, extensions.GetProperty("maximum").GetInt64());
        Assert.Equal(requested, extensions.GetProperty("requested").GetInt64());
        Assert.Contains(setting, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(response.Root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "Nothing may run: " + response.Json);
    }
}
