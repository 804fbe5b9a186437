using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The fixture's six projects in default order (name, ignoring case, then key).</summary>
public sealed class PagingTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private static readonly string[] ByName =
    [
        "aktau-container-hub", "khorgos-container-terminal", "khorgos-gateway",
        "shymkent-refinery-upgrade", "western-europe-western-china", "zhezkazgan-beineu-railway",
    ];

    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } nodes { key }";

    [Fact]
    public async Task Forward_paging_with_first_and_after_walks_the_whole_result_once()
    {
        var seen = new List<string?>();
        string? after = null;
        var pages = 0;
        do
        {
            var response = await fixture.Host.ExecuteAsync(
                $"query($after: String) {{ projects(first: 4, after: $after) {{ {Page} }} }}", new { after });
            response.AssertNoErrors();
            Assert.Equal(6, response.At("projects.totalCount").GetInt32());
            Assert.Equal(pages > 0, response.At("projects.pageInfo.hasPreviousPage").GetBoolean());
            Assert.Equal(response.Strings("projects.nodes", "key"), response.At("projects.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()));
            seen.AddRange(response.Strings("projects.nodes", "key"));
            after = response.At("projects.pageInfo.hasNextPage").GetBoolean() ? response.At("projects.pageInfo.endCursor").GetString() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(2, pages);
        Assert.Equal(ByName, seen);
    }

    [Fact]
    public async Task Last_without_before_returns_the_final_items()
    {
        var response = await fixture.Host.ExecuteAsync($"{{ projects(last: 2) {{ {Page} }} }}");

        response.AssertNoErrors();
        Assert.Equal(ByName[4..], response.Strings("projects.nodes", "key"));
        Assert.True(response.At("projects.pageInfo.hasPreviousPage").GetBoolean());
        Assert.False(response.At("projects.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(6, response.At("projects.totalCount").GetInt32());
    }

    [Fact]
    public async Task Backward_paging_with_last_and_before_walks_the_whole_result_in_reverse()
    {
        var seen = new List<string?>();
        string? before = null;
        do
        {
            var response = await fixture.Host.ExecuteAsync(
                $"query($before: String) {{ projects(last: 4, before: $before) {{ {Page} }} }}", new { before });
            response.AssertNoErrors();
            seen.InsertRange(0, response.Strings("projects.nodes", "key"));
            before = response.At("projects.pageInfo.hasPreviousPage").GetBoolean() ? response.At("projects.pageInfo.startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(ByName, seen);
    }

    [Fact]
    public async Task After_and_before_together_bound_a_slice()
    {
        var all = await fixture.Host.ExecuteAsync($"{{ projects(first: 6) {{ {Page} }} }}");
        var cursors = all.At("projects.edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();

        var response = await fixture.Host.ExecuteAsync(
            $"query($after: String, $before: String) {{ projects(after: $after, before: $before) {{ {Page} }} }}",
            new { after = cursors[0], before = cursors[4] });

        response.AssertNoErrors();
        Assert.Equal(ByName[1..4], response.Strings("projects.nodes", "key"));
        Assert.True(response.At("projects.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(response.At("projects.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Without_first_or_last_the_configured_default_page_size_applies()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { ["GraphQL:DefaultPageSize"] = "4" });

        var configured = await host.ExecuteAsync("{ projects { nodes { key } pageInfo { hasNextPage } } }");
        var standard = await fixture.Host.ExecuteAsync("{ entities { nodes { key } } }");

        Assert.Equal(ByName[..4], configured.Strings("projects.nodes", "key"));
        Assert.True(configured.At("projects.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(10, standard.At("entities.nodes").GetArrayLength());
    }

    [Fact]
    public async Task First_above_the_maximum_fails_with_LIMIT_EXCEEDED_naming_the_limit()
    {
        var response = await fixture.Host.ExecuteAsync("{ projects(first: 101) { totalCount } }");

        Assert.Equal([DomainErrorCodes.LimitExceeded], response.ErrorCodes);
        var error = response.Errors[0];
        Assert.Equal("first is limited to 100; 101 was requested.", error.GetProperty("message").GetString());
        Assert.Equal("first", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task The_maximum_page_size_is_configurable_and_applies_to_last_and_relationship_fields()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { ["GraphQL:MaxPageSize"] = "3", ["GraphQL:DefaultPageSize"] = "2" });

        var last = await host.ExecuteAsync("{ projects(last: 4) { totalCount } }");
        var nested = await host.ExecuteAsync("""{ entity(key: "kazakhstan") { relationships(first: 5) { totalCount } } }""");
        var allowed = await host.ExecuteAsync("{ projects(first: 3) { nodes { key } } }");

        Assert.Equal([DomainErrorCodes.LimitExceeded], last.ErrorCodes);
        Assert.Equal("last is limited to 3; 4 was requested.", last.Errors[0].GetProperty("message").GetString());
        Assert.Equal([DomainErrorCodes.LimitExceeded], nested.ErrorCodes);
        Assert.Equal(3, allowed.AssertNoErrors().At("projects.nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("{ projects(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", "after")]
    [InlineData("{ projects(before: \"???\") { totalCount } }", "before")]
    [InlineData("{ projects(first: -1) { totalCount } }", "first")]
    public async Task Invalid_paging_arguments_fail_with_VALIDATION_FAILED_naming_the_argument(string query, string argument)
    {
        var response = await fixture.Host.ExecuteAsync(query);

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        Assert.Equal(argument, response.Errors[0].GetProperty("extensions").GetProperty("details")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task First_zero_returns_no_items_but_the_total_count()
    {
        var response = await fixture.Host.ExecuteAsync($"{{ projects(first: 0) {{ {Page} }} }}");

        response.AssertNoErrors();
        Assert.Equal(0, response.At("projects.nodes").GetArrayLength());
        Assert.Equal(6, response.At("projects.totalCount").GetInt32());
        Assert.True(response.At("projects.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Entities_over_several_kinds_merge_in_name_order_and_page_with_cursors()
    {
        const string Query = "query($after: String) { entities(kinds: [COMPANY, INITIATIVE], first: 3, after: $after) { totalCount nodes { key kind } pageInfo { endCursor hasNextPage } } }";

        var first = await fixture.Host.ExecuteAsync(Query, new { after = (string?)null });
        var second = await fixture.Host.ExecuteAsync(Query, new { after = first.At("entities.pageInfo.endCursor").GetString() });

        first.AssertNoErrors();
        second.AssertNoErrors();
        Assert.Equal(8, first.At("entities.totalCount").GetInt32());
        Assert.Equal(["belt-and-road", "cnpc", "cosco-shipping"], first.Strings("entities.nodes", "key"));
        Assert.Equal(["ktz", "ktz-express", "lianyungang-port"], second.Strings("entities.nodes", "key"));
        Assert.Equal("INITIATIVE", first.At("entities.nodes.0.kind").GetString());
    }

    [Fact]
    public async Task Entities_over_several_kinds_page_backward_to_the_same_order_with_exact_page_info()
    {
        const string Query = "query($before: String) { entities(kinds: [COMPANY, INITIATIVE], last: 3, before: $before, order: [{ name: DESC }]) { totalCount nodes { key } pageInfo { startCursor hasPreviousPage hasNextPage } } }";
        var all = (await fixture.Host.ExecuteAsync("{ entities(kinds: [COMPANY, INITIATIVE], first: 50, order: [{ name: DESC }]) { nodes { key } } }"))
            .AssertNoErrors().Strings("entities.nodes", "key").ToList();

        var seen = new List<string?>();
        string? before = null;
        do
        {
            var response = (await fixture.Host.ExecuteAsync(Query, new { before })).AssertNoErrors();
            var keys = response.Strings("entities.nodes", "key").ToList();
            seen.InsertRange(0, keys);
            Assert.Equal(seen.Count < all.Count, response.At("entities.pageInfo.hasPreviousPage").GetBoolean());
            Assert.Equal(before is not null, response.At("entities.pageInfo.hasNextPage").GetBoolean());
            before = response.At("entities.pageInfo.hasPreviousPage").GetBoolean() ? response.At("entities.pageInfo.startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(8, all.Count);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Entities_of_one_kind_match_that_kinds_connection()
    {
        var response = await fixture.Host.ExecuteAsync("{ entities(kinds: [PERSON]) { totalCount nodes { key } } people { nodes { key } } }");

        response.AssertNoErrors();
        Assert.Equal(2, response.At("entities.totalCount").GetInt32());
        Assert.Equal(response.Strings("people.nodes", "key"), response.Strings("entities.nodes", "key"));
    }
}
