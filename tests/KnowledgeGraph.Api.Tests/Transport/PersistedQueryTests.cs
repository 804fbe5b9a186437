using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

public sealed class PersistedQueryTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Unknown_hash_answers_persisted_query_not_found_then_registration_lets_the_hash_alone_run()
    {
        const string query = "{ echo(text: \"persisted\") }";
        var hash = Sha256(query);
        var hashOnly = PersistedQueryBody(null, hash);

        var notFound = await client.SendAsync(Post(hashOnly, accept: Json));
        var registered = await client.SendAsync(Post(PersistedQueryBody(query, hash)));
        var fromHash = await client.SendAsync(Post(hashOnly));

        Assert.Equal(HttpStatusCode.OK, notFound.StatusCode);
        Assert.Equal(EdgeErrorCodes.PersistedQueryNotFound, FirstErrorCode(await ReadJsonAsync(notFound)));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("persisted", (await ReadJsonAsync(fromHash)).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Hash_that_does_not_match_the_query_is_400()
    {
        var body = PersistedQueryBody("{ hello }", Sha256("{ other }"));

        var response = await client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Persisted_query_runs_over_get_with_the_hash_in_extensions()
    {
        const string query = "{ echo(text: \"get\") }";
        var hash = Sha256(query);
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)));
        await client.SendAsync(Get($"query={Uri.EscapeDataString(query)}&extensions={extensions}"));

        var response = await client.SendAsync(Get($"extensions={extensions}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("get", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_read_carries_an_etag_and_revalidates_to_304()
    {
        var first = await client.SendAsync(Get("query=" + Uri.EscapeDataString("{ hello }")));
        var etag = first.Headers.ETag;
        var revalidate = Get("query=" + Uri.EscapeDataString("{ hello }"));
        revalidate.Headers.IfNoneMatch.Add(etag!);

        var second = await client.SendAsync(revalidate);

        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Post_responses_carry_no_etag()
    {
        var response = await client.SendAsync(PostQuery("{ hello }"));

        Assert.Null(response.Headers.ETag);
    }

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

}
