using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.History;

/// <summary><c>Entity.history(first:)</c>: each entity's newest changes, one history read per level of a query.</summary>
public sealed class EntityHistoryFieldTests : IAsyncLifetime
{
    private SqliteStoreFactory _store = null!;
    private CountingChangeHistory _history = null!;
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create() with { Author = new ChangeAuthor("seed") });
        _history = new CountingChangeHistory(_store.Store);
        _host = new GraphQLTestHost(_store.Store, configureServices: services => services.AddSingleton<IChangeHistory>(_history));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task History_of_every_entity_of_a_page_is_read_in_one_call_newest_first()
    {
        var gateway = (await _store.Store.GetEntitiesAsync(["khorgos-gateway"])).Single();
        await _store.Store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(gateway with { Name = "Khorgos Gateway Dry Port" })], Author = new ChangeAuthor("aigerim") });

        var response = await _host.ExecuteAsync("{ projects(first: 6) { nodes { key history(first: 5) { operation author version } } } }");

        response.AssertNoErrors();
        Assert.Equal(1, _history.RecentCalls);
        var projects = response.At("projects.nodes").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("history"));
        Assert.Equal(6, projects.Count);
        Assert.Equal(["UPDATED", "CREATED"], projects["khorgos-gateway"].EnumerateArray().Select(c => c.GetProperty("operation").GetString()));
        Assert.Equal("aigerim", projects["khorgos-gateway"][0].GetProperty("author").GetString());
        Assert.All(projects.Where(p => p.Key != "khorgos-gateway"), p => Assert.Equal(1, p.Value.GetArrayLength()));
    }

    [Fact]
    public async Task History_field_keeps_to_first_and_is_on_the_entity_interface()
    {
        var gateway = (await _store.Store.GetEntitiesAsync(["khorgos-gateway"])).Single();
        await _store.Store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(gateway with { Name = "Renamed" })] });

        var response = await _host.ExecuteAsync("""{ entity(key: "khorgos-gateway") { history(first: 1) { operation version } } }""");

        response.AssertNoErrors();
        Assert.Equal(2, Assert.Single(response.At("entity.history").EnumerateArray()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task History_field_refuses_a_page_above_the_maximum()
    {
        var response = await _host.ExecuteAsync("""{ entity(key: "khorgos-gateway") { history(first: 1000) { version } } }""");

        Assert.Equal([DomainErrorCodes.LimitExceeded], response.ErrorCodes);
    }
}
