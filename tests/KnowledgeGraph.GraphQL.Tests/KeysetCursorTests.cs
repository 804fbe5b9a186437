using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// Keyset cursors seen by a client: pages continue from the last edge seen whatever is written between requests, and a
/// cursor is only taken back under the arguments it was issued under. Writes go to this class's own store.
/// </summary>
public sealed class KeysetCursorTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private const string ProjectsPage =
        "query($after: String) { projects(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { key } } }";

    [Fact]
    public async Task Paging_through_projects_while_others_are_inserted_and_deleted_sees_each_remaining_one_once()
    {
        var first = (await fixture.Host.ExecuteAsync(ProjectsPage, new { after = (string?)null })).AssertNoErrors();
        await WriteAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Project("aaa-first-project", "AAA first project")), new EntityUpsert(Project("zzz-last-project", "zzz last project"))],
            DeleteEntityKeys = ["aktau-container-hub"],
        });
        var seen = first.Strings("projects.nodes", "key").ToList();
        var after = first.At("projects.pageInfo.endCursor").GetString();
        GraphQLResponse page;
        do
        {
            page = (await fixture.Host.ExecuteAsync(ProjectsPage, new { after })).AssertNoErrors();
            Assert.True(page.At("projects.pageInfo.hasPreviousPage").GetBoolean());
            seen.AddRange(page.Strings("projects.nodes", "key"));
            after = page.At("projects.pageInfo.endCursor").GetString();
        }
        while (page.At("projects.pageInfo.hasNextPage").GetBoolean());

        Assert.Equal(
            ["aktau-container-hub", "khorgos-container-terminal", "khorgos-gateway", "shymkent-refinery-upgrade", "western-europe-western-china",
                "zhezkazgan-beineu-railway", "zzz-last-project"],
            seen);
        Assert.Equal(7, page.At("projects.totalCount").GetInt32());
    }

    [Fact]
    public async Task Paging_through_relationships_while_one_is_added_before_the_cursor_repeats_nothing()
    {
        const string Query = """
            query($after: String) { entity(key: "khorgos-gateway") {
              relationships(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { key } } } }
            """;
        var first = (await fixture.Host.ExecuteAsync(Query, new { after = (string?)null })).AssertNoErrors();
        var all = (await fixture.Host.ExecuteAsync(Query.Replace("first: 3", "first: 50", StringComparison.Ordinal), new { after = (string?)null }))
            .AssertNoErrors().Strings("entity.relationships.edges", "key").ToList();

        // BELONGS_TO sorts before every other type here, so the new relationship lands before the cursor.
        await WriteAsync(new GraphChangeSet
        {
            UpsertRelationships =
            [
                new Relationship
                {
                    Key = "khorgos-under-middle-corridor", Type = RelationshipTypes.BelongsTo, FromKey = "khorgos-gateway", ToKey = "middle-corridor",
                    SourceKeys = [FixtureGraph.Government],
                },
            ],
        });
        var second = (await fixture.Host.ExecuteAsync(Query, new { after = first.At("entity.relationships.pageInfo.endCursor").GetString() })).AssertNoErrors();

        Assert.Equal(all[..3], first.Strings("entity.relationships.edges", "key"));
        Assert.Equal(all[3..6], second.Strings("entity.relationships.edges", "key"));
        Assert.Equal(all.Count + 1, second.At("entity.relationships.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("projects(first: 2, after: $after, order: [{ startYear: DESC }])")]
    [InlineData("projects(first: 2, after: $after, where: { sector: { eq: \"Logistics\" } })")]
    [InlineData("entities(first: 2, after: $after)")]
    public async Task A_cursor_used_under_other_arguments_is_refused_with_INVALID_CURSOR(string field)
    {
        var cursor = (await fixture.Host.ExecuteAsync("{ projects(first: 2) { pageInfo { endCursor } } }")).AssertNoErrors()
            .At("projects.pageInfo.endCursor").GetString();

        var response = await fixture.Host.ExecuteAsync($"query($after: String) {{ {field} {{ totalCount }} }}", new { after = cursor });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal("after", detail.GetProperty("path").GetString());
        Assert.Equal(ErrorCodes.InvalidCursor, detail.GetProperty("code").GetString());
        Assert.Contains("issued under other arguments", detail.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b2Zmc2V0OjM=")] // an offset cursor of the past: "offset:3"
    [InlineData("eyJmIjoxfQ==")] // {"f":1}
    [InlineData("not base64!")]
    public async Task A_malformed_cursor_is_refused_with_INVALID_CURSOR(string cursor)
    {
        var response = await fixture.Host.ExecuteAsync("query($before: String) { projects(last: 2, before: $before) { totalCount } }", new { before = cursor });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal("before", detail.GetProperty("path").GetString());
        Assert.Equal(ErrorCodes.InvalidCursor, detail.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("projects(first: 2) { pageInfo { endCursor } }", "projects", null)]
    [InlineData("projects(first: 2) { pageInfo { endCursor } }", "projects", 1)]
    [InlineData("entity(key: \"khorgos-gateway\") { relationships(first: 2) { pageInfo { endCursor } } }", "entity.relationships", null)]
    public async Task A_cursor_holding_collation_keys_of_another_encoding_is_refused_with_INVALID_CURSOR(string page, string connection, int? encoding)
    {
        var cursor = (await fixture.Host.ExecuteAsync("{ " + page + " }")).AssertNoErrors().At(connection + ".pageInfo.endCursor").GetString()!;

        // The same position as a cursor issued before key encoding 2: without the encoding (as every such cursor was), or with another.
        var old = JsonNode.Parse(Convert.FromBase64String(cursor))!.AsObject();
        Assert.True(old.Remove("c"));
        if (encoding is { } number)
        {
            old["c"] = number;
        }

        var oldCursor = Convert.ToBase64String(Encoding.UTF8.GetBytes(old.ToJsonString()));
        var query = page.Replace("first: 2)", "first: 2, after: $after)", StringComparison.Ordinal).Replace(" { pageInfo { endCursor } }", " { totalCount }", StringComparison.Ordinal);
        var response = await fixture.Host.ExecuteAsync($"query($after: String) {{ {query} }}", new { after = oldCursor });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal(ErrorCodes.InvalidCursor, detail.GetProperty("code").GetString());
        Assert.Contains("changed how it spells sort positions", detail.GetProperty("message").GetString(), StringComparison.Ordinal);
        (await fixture.Host.ExecuteAsync($"query($after: String) {{ {query} }}", new { after = cursor })).AssertNoErrors();
    }

    [Fact]
    public async Task A_cursor_is_taken_back_under_the_same_arguments_written_in_another_order()
    {
        var first = (await fixture.Host.ExecuteAsync(
            """{ projects(first: 2, where: { sector: { neq: "Energy" } }, order: [{ sector: ASC }]) { pageInfo { endCursor } } }""")).AssertNoErrors();

        var next = await fixture.Host.ExecuteAsync(
            """query($after: String) { projects(order: [{ sector: ASC }], after: $after, where: { sector: { neq: "Energy" } }, first: 2) { totalCount } }""",
            new { after = first.At("projects.pageInfo.endCursor").GetString() });

        next.AssertNoErrors();
    }

    private Task WriteAsync(GraphChangeSet changes) => fixture.Host.Store.ApplyAsync(changes);

    private static Entity Project(string key, string name) => new()
    {
        Key = key,
        Kind = EntityKind.Project,
        Name = name,
        SourceKeys = [FixtureGraph.Government],
    };
}
