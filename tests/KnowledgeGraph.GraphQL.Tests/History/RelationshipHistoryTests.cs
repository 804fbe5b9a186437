using System.Text.Json;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.History;

/// <summary>A relationship's history, reached through its global id: <c>history(id:)</c> and <c>Relationship.history(first:)</c>.</summary>
public sealed class RelationshipHistoryTests : IAsyncLifetime
{
    private static readonly string BuiltById = GlobalId.Encode("Relationship", "zhb-built-by-ktz");

    private SqliteStoreFactory _store = null!;
    private CountingChangeHistory _history = null!;
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create() with { Author = new ChangeAuthor("seed", "fixture graph") });
        _history = new CountingChangeHistory(_store.Store);
        _host = new GraphQLTestHost(_store.Store, configureServices: services => services.AddSingleton<IChangeHistory>(_history));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task History_of_a_relationship_id_lists_its_creation_and_updates_newest_first()
    {
        var built = await RelationshipAsync("zhb-built-by-ktz");
        await _store.Store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [built with { Note = "Opened in 2016." }],
            Author = new ChangeAuthor("aigerim", "From the opening ceremony report"),
        });

        var response = await _host.ExecuteAsync(
            "query($id: ID!) { history(id: $id) { totalCount nodes { operation subjectKind subjectId subjectKey entityKind author comment changedFields fieldChanges { field before after } } } }",
            new { id = BuiltById });

        response.AssertNoErrors();
        Assert.Equal(2, response.At("history.totalCount").GetInt32());
        Assert.Equal(["UPDATED", "CREATED"], response.Strings("history.nodes", "operation"));
        var update = response.At("history.nodes.0");
        Assert.Equal("RELATIONSHIP", update.GetProperty("subjectKind").GetString());
        Assert.Equal(BuiltById, update.GetProperty("subjectId").GetString());
        Assert.Equal("zhb-built-by-ktz", update.GetProperty("subjectKey").GetString());
        Assert.Equal(JsonValueKind.Null, update.GetProperty("entityKind").ValueKind);
        Assert.Equal("aigerim", update.GetProperty("author").GetString());
        Assert.Equal("From the opening ceremony report", update.GetProperty("comment").GetString());
        Assert.Equal(["note"], update.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("Opened in 2016.", update.GetProperty("fieldChanges")[0].GetProperty("after").GetString());
        Assert.Equal("seed", response.At("history.nodes.1.author").GetString());
    }

    [Fact]
    public async Task History_of_relationships_an_entity_delete_took_with_it_stays_readable_through_their_ids()
    {
        var operatedById = GlobalId.Encode("Relationship", "khorgos-operated-by-ktz");
        await _store.Store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["khorgos-gateway"], Author = new ChangeAuthor("aigerim", "Duplicate record") });

        var response = await _host.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { id } history(id: $id) { nodes { operation subjectId comment before after } } }", new { id = operatedById });

        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        Assert.Equal(["DELETED", "CREATED"], response.Strings("history.nodes", "operation"));
        var deletion = response.At("history.nodes.0");
        Assert.Equal(operatedById, deletion.GetProperty("subjectId").GetString());
        Assert.Equal("Duplicate record", deletion.GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.Null, deletion.GetProperty("after").ValueKind);
        Assert.Equal("operator", deletion.GetProperty("before").GetProperty("role").GetString());
    }

    [Fact]
    public async Task Relationship_history_field_reads_the_history_of_every_relationship_of_a_level_in_one_call()
    {
        var built = await RelationshipAsync("zhb-built-by-ktz");
        await _store.Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [built with { Note = "Opened in 2016." }], Author = new ChangeAuthor("aigerim") });

        var response = await _host.ExecuteAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Relationship { key history(first: 5) { operation author subjectId } } } }",
            new { ids = new[] { BuiltById, GlobalId.Encode("Relationship", "khorgos-operated-by-ktz"), GlobalId.Encode("Relationship", "zhb-in-kazakhstan") } });

        response.AssertNoErrors();
        Assert.Equal(1, _history.RecentCalls);
        Assert.Equal(["UPDATED", "CREATED"], response.At("nodes.0.history").EnumerateArray().Select(c => c.GetProperty("operation").GetString()));
        Assert.Equal("aigerim", response.At("nodes.0.history.0.author").GetString());
        Assert.Equal(BuiltById, response.At("nodes.0.history.0.subjectId").GetString());
        Assert.Equal(1, response.At("nodes.1.history").GetArrayLength());
        Assert.Equal(1, response.At("nodes.2.history").GetArrayLength());
    }

    [Fact]
    public async Task Relationship_history_field_keeps_to_first()
    {
        var built = await RelationshipAsync("zhb-built-by-ktz");
        await _store.Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [built with { Note = "Opened in 2016." }] });

        var response = await _host.ExecuteAsync("""{ relationship(key: "zhb-built-by-ktz") { history(first: 1) { operation } } }""");

        response.AssertNoErrors();
        Assert.Equal("UPDATED", Assert.Single(response.At("relationship.history").EnumerateArray()).GetProperty("operation").GetString());
    }

    private async Task<Relationship> RelationshipAsync(string key) => (await _store.Store.GetRelationshipsByKeyAsync([key])).Single();
}
