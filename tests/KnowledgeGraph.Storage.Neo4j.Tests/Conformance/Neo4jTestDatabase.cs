using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Conformance;

/// <summary>The Neo4j named by the NEO4J_* variables, emptied and initialised for each test.</summary>
public static class Neo4jTestDatabase
{
    private static readonly HttpMessageHandler Handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };

    public static Neo4jQueryClient CreateClient() => new(
        new SingleHttpClientFactory(Handler), Options.Create(Neo4jTestSettings.Options()), TimeProvider.System, NullLogger<Neo4jQueryClient>.Instance);

    public static async Task<(Neo4jGraphStore Store, Neo4jQueryClient Client)> CreateEmptyAsync()
    {
        var client = CreateClient();
        var store = new Neo4jGraphStore(client, Options.Create(Neo4jTestSettings.Options()), NullLogger<Neo4jGraphStore>.Instance);
        await client.RunAsync(GraphCypher.DeleteEverything(), AccessMode.Write);
        await store.InitializeAsync();
        return (store, client);
    }
}
