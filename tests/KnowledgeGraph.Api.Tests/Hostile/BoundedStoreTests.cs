using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Caching;
using KnowledgeGraph.Api.Http.ResponseCaching;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>A flood of distinct persisted queries or distinct reads fills only the configured share of each store.</summary>
public sealed class BoundedStoreTests : IDisposable
{
    private readonly TransportFactory factory = new(new Dictionary<string, string?>
    {
        ["GraphQL:PersistedQueries:MaxEntries"] = "40",
        ["GraphQL:PersistedQueries:MaxClientShare"] = "0.25",
        ["GraphQL:ResponseCache:MaxEntries"] = "40",
        ["GraphQL:ResponseCache:MaxClientShare"] = "0.25",
    });

    [Fact]
    public async Task Distinct_persisted_query_registrations_keep_within_the_clients_share()
    {
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<PersistedQueryStore>();
        var hashes = new List<string>();

        for (var i = 0; i < 100; i++)
        {
            var query = $"query Q{i} {{ hello }}";
            var hash = Sha256(query);
            hashes.Add(hash);
            var response = await client.SendAsync(Post(PersistedQueryBody(query, hash)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(10, store.Usage.Entries);
        // The newest registrations are kept and still answer by hash; the oldest were let go.
        var newest = await client.SendAsync(Post(PersistedQueryBody(null, hashes[^1])));
        var oldest = await client.SendAsync(Post(PersistedQueryBody(null, hashes[0])));
        Assert.Equal("world", (await ReadJsonAsync(newest)).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(EdgeErrorCodes.PersistedQueryNotFound, FirstErrorCode(await ReadJsonAsync(oldest)));
    }

    [Fact]
    public async Task Distinct_reads_keep_the_response_cache_within_the_clients_share()
    {
        using var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<GraphQLResponseCache>();

        for (var i = 0; i < 60; i++)
        {
            var response = await client.SendAsync(PostQuery($"{{ echo(text: \"{i}\") }}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(10, cache.Usage.Entries);
    }

    public void Dispose() => factory.Dispose();
}
