using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// Whole responses of read queries are cached per graph version: repeated reads skip execution, writes through the
/// service show at once, writes by another process once the version check has noticed them.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string Query = """{ entity(key: "khorgos-eastern-gate") { name } }""";

    [Fact]
    public async Task Repeated_query_is_answered_from_the_cache_until_a_write_through_the_service_changes_the_graph()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Caching:ExternalWriteCheckInterval"] = "01:00:00" });
        var client = factory.CreateClient();
        var original = await NameAsync(client);

        // A change behind the service's back (not announced) is not seen before the next version check: the answer
        // comes from the response cache.
        await RenameOutOfBandAsync(factory.DatabasePath, "Renamed behind the cache");
        Assert.Equal(original, await NameAsync(client));

        // A write through the service raises the graph version: the next read executes and sees the graph as it is.
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var entity = (await store.GetEntitiesAsync(["khorgos-eastern-gate"])).Single();
        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity with { Name = "Renamed through the service" })] });

        Assert.Equal("Renamed through the service", await NameAsync(client));
    }

    [Fact]
    public async Task A_change_made_by_another_process_is_served_after_the_version_check_without_redis()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Caching:ExternalWriteCheckInterval"] = "00:00:00.050" });
        var client = factory.CreateClient();
        await NameAsync(client);

        await RenameOutOfBandAsync(factory.DatabasePath, "Renamed by another process");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var name = await NameAsync(client);
        while (name != "Renamed by another process" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            name = await NameAsync(client);
        }

        Assert.Equal("Renamed by another process", name);
    }

    [Fact]
    public async Task Query_with_errors_is_not_cached()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        const string missing = """{ entity(key: "no-such-entity") { name } }""";

        var first = await GraphQLHttp.ReadJsonAsync(await client.SendAsync(GraphQLHttp.PostQuery(missing, accept: GraphQLHttp.Json)));
        var second = await GraphQLHttp.ReadJsonAsync(await client.SendAsync(GraphQLHttp.PostQuery(missing, accept: GraphQLHttp.Json)));

        Assert.Equal(DomainErrorCodes.NotFound, GraphQLHttp.FirstErrorCode(first));
        Assert.Equal(DomainErrorCodes.NotFound, GraphQLHttp.FirstErrorCode(second));
    }

    private static async Task<string> NameAsync(HttpClient client)
    {
        var body = await GraphQLHttp.ReadJsonAsync(await client.SendAsync(GraphQLHttp.PostQuery(Query)));
        return body.GetProperty("data").GetProperty("entity").GetProperty("name").GetString()!;
    }

    private static async Task RenameOutOfBandAsync(string databasePath, string name)
    {
        using var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = databasePath }));
        var entity = (await store.GetEntitiesAsync(["khorgos-eastern-gate"])).Single();
        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity with { Name = name })] });
        store.Connections.ClearPool();
    }
}
