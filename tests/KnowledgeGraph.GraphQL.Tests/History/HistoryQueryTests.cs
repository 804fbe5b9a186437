using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.History;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.History;

/// <summary><c>history(id:)</c> over a real SQLite store holding the fixture graph, changed by each test.</summary>
public sealed class HistoryQueryTests : IAsyncLifetime
{
    private const string ChangeFields = """
        id sequence operation subjectKind subjectId subjectKey entityKind author comment at graphVersion version changedFields
        fieldChanges { field before after } before after
        """;

    private static readonly string GatewayId = GlobalId.Encode("Project", "khorgos-gateway");

    private SqliteStoreFactory _store = null!;
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create() with { Author = new ChangeAuthor("seed", "fixture graph") });
        _host = new GraphQLTestHost(_store.Store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task History_lists_an_entity_s_changes_newest_first_with_author_comment_and_what_changed()
    {
        var gateway = await GatewayAsync();
        var result = await _store.Store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(gateway with { Name = "Khorgos Gateway Dry Port", Properties = WithProperty(gateway, "lengthKm", PropertyValue.FromNumber(1.5)) })],
            Author = new ChangeAuthor("aigerim", "Name as in the 2024 annual report"),
        });

        var response = await _host.ExecuteAsync($"query($id: ID!) {{ history(id: $id) {{ totalCount nodes {{ {ChangeFields} }} }} }}", new { id = GatewayId });

        response.AssertNoErrors();
        Assert.Equal(2, response.At("history.totalCount").GetInt32());
        Assert.Equal(["UPDATED", "CREATED"], response.Strings("history.nodes", "operation"));
        var update = response.At("history.nodes.0");
        Assert.Equal("aigerim", update.GetProperty("author").GetString());
        Assert.Equal("Name as in the 2024 annual report", update.GetProperty("comment").GetString());
        Assert.Equal("ENTITY", update.GetProperty("subjectKind").GetString());
        Assert.Equal(GatewayId, update.GetProperty("subjectId").GetString());
        Assert.Equal("khorgos-gateway", update.GetProperty("subjectKey").GetString());
        Assert.Equal("PROJECT", update.GetProperty("entityKind").GetString());
        Assert.Equal(result.GraphVersion, update.GetProperty("graphVersion").GetInt64());
        Assert.Equal(2, update.GetProperty("version").GetInt64());
        Assert.Equal(["name", "lengthKm"], update.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("Khorgos Gateway", update.GetProperty("fieldChanges")[0].GetProperty("before").GetString());
        Assert.Equal("Khorgos Gateway Dry Port", update.GetProperty("fieldChanges")[0].GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, update.GetProperty("fieldChanges")[1].GetProperty("before").ValueKind);
        Assert.Equal(1.5, update.GetProperty("fieldChanges")[1].GetProperty("after").GetDouble());
        Assert.Equal("Khorgos Gateway", update.GetProperty("before").GetProperty("name").GetString());
        Assert.Equal(2015, update.GetProperty("before").GetProperty("properties").GetProperty("startYear").GetInt32());
        Assert.Equal(2, update.GetProperty("after").GetProperty("version").GetInt64());
        Assert.True(DateTimeOffset.TryParse(update.GetProperty("at").GetString(), out _));
        Assert.Equal(GlobalId.Encode("Change", update.GetProperty("sequence").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)), update.GetProperty("id").GetString());

        var creation = response.At("history.nodes.1");
        Assert.Equal("seed", creation.GetProperty("author").GetString());
        Assert.Equal(JsonValueKind.Null, creation.GetProperty("before").ValueKind);
        Assert.True(creation.GetProperty("sequence").GetInt64() < update.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task History_of_a_deleted_entity_stays_readable_through_its_global_id()
    {
        await _store.Store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["khorgos-gateway"], Author = new ChangeAuthor("aigerim", "Duplicate of another record") });

        var response = await _host.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { id } history(id: $id) { nodes { operation version comment after before } } }", new { id = GatewayId });

        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        Assert.Equal(["DELETED", "CREATED"], response.Strings("history.nodes", "operation"));
        var deletion = response.At("history.nodes.0");
        Assert.Equal("Duplicate of another record", deletion.GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.Null, deletion.GetProperty("version").ValueKind);
        Assert.Equal(JsonValueKind.Null, deletion.GetProperty("after").ValueKind);
        Assert.Equal("Khorgos Gateway", deletion.GetProperty("before").GetProperty("name").GetString());
    }

    [Fact]
    public async Task History_pages_with_first_and_after_and_reports_further_pages()
    {
        var gateway = await GatewayAsync();
        foreach (var name in new[] { "Second", "Third" })
        {
            await _store.Store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(gateway with { Name = name })] });
        }

        const string Query = "query($id: ID!, $after: String) { history(id: $id, first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { version } } } }";
        var first = await _host.ExecuteAsync(Query, new { id = GatewayId, after = (string?)null });
        var second = await _host.ExecuteAsync(Query, new { id = GatewayId, after = first.At("history.pageInfo.endCursor").GetString() });

        first.AssertNoErrors();
        second.AssertNoErrors();
        Assert.Equal([3L, 2L], first.At("history.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("version").GetInt64()));
        Assert.True(first.At("history.pageInfo.hasNextPage").GetBoolean());
        Assert.False(first.At("history.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(first.At("history.edges.1.cursor").GetString(), first.At("history.pageInfo.endCursor").GetString());
        Assert.Equal([1L], second.At("history.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("version").GetInt64()));
        Assert.False(second.At("history.pageInfo.hasNextPage").GetBoolean());
        Assert.True(second.At("history.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(3, second.At("history.totalCount").GetInt32());
    }

    [Fact]
    public async Task History_of_a_source_is_read_by_the_source_s_global_id()
    {
        await _store.Store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [new Domain.Sources.Source { Key = FixtureGraph.Speech, Title = "Speech at Nazarbayev University", Publisher = "Test Archive", PublishedOn = new DateOnly(2013, 9, 8) }],
            Author = new ChangeAuthor("aigerim", "Date from the transcript"),
        });

        var response = await _host.ExecuteAsync(
            "query($id: ID!) { history(id: $id) { nodes { subjectKind subjectId entityKind version changedFields fieldChanges { before after } } } }",
            new { id = GlobalId.Encode("Source", FixtureGraph.Speech) });

        response.AssertNoErrors();
        var update = response.At("history.nodes.0");
        Assert.Equal("SOURCE", update.GetProperty("subjectKind").GetString());
        Assert.Equal(GlobalId.Encode("Source", FixtureGraph.Speech), update.GetProperty("subjectId").GetString());
        Assert.Equal(JsonValueKind.Null, update.GetProperty("entityKind").ValueKind);
        Assert.Equal(JsonValueKind.Null, update.GetProperty("version").ValueKind);
        Assert.Equal(["publishedOn"], update.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("2013-09-07", update.GetProperty("fieldChanges")[0].GetProperty("before").GetString());
        Assert.Equal("2013-09-08", update.GetProperty("fieldChanges")[0].GetProperty("after").GetString());
    }

    [Fact]
    public async Task History_of_a_key_never_written_is_an_empty_connection()
    {
        var response = await _host.ExecuteAsync(
            "query($id: ID!) { history(id: $id) { totalCount nodes { id } pageInfo { hasNextPage startCursor } } }", new { id = GlobalId.Encode("Company", "nobody") });

        response.AssertNoErrors();
        Assert.Equal(0, response.At("history.totalCount").GetInt32());
        Assert.Empty(response.At("history.nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, response.At("history.pageInfo.startCursor").ValueKind);
    }

    [Fact]
    public async Task History_takes_a_key_too_and_stays_readable_after_a_deletion()
    {
        const string Query = "query($id: ID!) { history(id: $id) { totalCount nodes { subjectKind operation } } }";
        var byKey = (await _host.ExecuteAsync(Query, new { id = "khorgos-gateway" })).AssertNoErrors();
        var byId = (await _host.ExecuteAsync(Query, new { id = GatewayId })).AssertNoErrors();
        await _store.Store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["khorgos-gateway"], Author = new ChangeAuthor("aigerim", "Duplicate") });

        var afterDeletion = (await _host.ExecuteAsync(Query, new { id = "khorgos-gateway" })).AssertNoErrors();

        Assert.Equal(byId.Json, byKey.Json);
        Assert.Equal(["ENTITY"], byKey.Strings("history.nodes", "subjectKind").Distinct());
        Assert.Equal(["DELETED", "CREATED"], afterDeletion.Strings("history.nodes", "operation"));
    }

    [Fact]
    public async Task History_of_a_key_nothing_was_written_under_is_not_found_saying_both_forms_are_accepted()
    {
        var response = await _host.ExecuteAsync("query($id: ID!) { history(id: $id) { totalCount } }", new { id = "khorgos-gatewy" });

        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        var message = response.Errors[0].GetProperty("message").GetString();
        Assert.StartsWith("No entity, relationship or source has the key 'khorgos-gatewy'.", message, StringComparison.Ordinal);
        Assert.EndsWith($"id takes {IdOrKey.BothForms}.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a global id", ErrorCodes.InvalidId)]
    [InlineData("Q2hhbmdlOjE=", ErrorCodes.InvalidId)]
    public async Task History_refuses_an_id_that_names_no_entity_or_source(string id, string detailCode)
    {
        var response = await _host.ExecuteAsync("query($id: ID!) { history(id: $id) { totalCount } }", new { id });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        Assert.Equal(detailCode, response.Errors[0].GetProperty("extensions").GetProperty("details")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task History_refuses_a_cursor_of_another_connection_and_a_page_above_the_maximum()
    {
        var badCursor = await _host.ExecuteAsync("query($id: ID!) { history(id: $id, after: \"b2Zmc2V0OjE=\") { totalCount } }", new { id = GatewayId });
        var tooMany = await _host.ExecuteAsync("query($id: ID!) { history(id: $id, first: 1000) { totalCount } }", new { id = GatewayId });

        Assert.Equal([DomainErrorCodes.ValidationFailed], badCursor.ErrorCodes);
        Assert.Equal([DomainErrorCodes.LimitExceeded], tooMany.ErrorCodes);
    }

    [Fact]
    public void Change_cursors_round_trip_and_name_the_sequence()
    {
        Assert.Equal(42, ChangeCursor.Decode(ChangeCursor.Encode(42), "after"));
    }

    private async Task<Entity> GatewayAsync() => (await _store.Store.GetEntitiesAsync(["khorgos-gateway"])).Single();

    private static Dictionary<string, PropertyValue> WithProperty(Entity entity, string name, PropertyValue value) =>
        new(entity.Properties, StringComparer.Ordinal) { [name] = value };
}
