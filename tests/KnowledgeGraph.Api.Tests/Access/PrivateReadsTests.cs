using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.GraphQL.Authorization;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>
/// With <c>Authentication:PublicReads</c> false, queries need a reader or an editor, and neither the whole-response
/// cache nor persisted queries hand an answer to a caller who would have been refused.
/// </summary>
public sealed class PrivateReadsTests(PrivateReadsFixture fixture) : IClassFixture<PrivateReadsFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Anonymous_query_is_401_not_authenticated()
    {
        var response = await client.SendAsync(PostQuery("{ statistics { graphVersion } }"));

        await MutationAccessTests.AssertRefusedAsync(response, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
    }

    [Fact]
    public async Task Reader_token_editor_token_and_reader_api_key_may_query()
    {
        const string query = """{ entity(key: "khorgos-eastern-gate") { name } }""";

        foreach (var request in new[]
                 {
                     PostQuery(query).WithBearer(TestCredentials.ReaderToken()),
                     PostQuery(query).WithBearer(TestCredentials.EditorToken()),
                     PostQuery(query).WithApiKey(TestCredentials.ReaderApiKey),
                 })
        {
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrEmpty((await ReadJsonAsync(response)).GetProperty("data").GetProperty("entity").GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task A_cached_answer_is_not_served_to_an_anonymous_caller()
    {
        const string query = """{ entity(key: "khorgos-eastern-gate") { key kind } }""";
        var reader = await client.SendAsync(PostQuery(query).WithBearer(TestCredentials.ReaderToken()));
        var readerAgain = await client.SendAsync(PostQuery(query).WithBearer(TestCredentials.ReaderToken()));
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Equal(await reader.Content.ReadAsStringAsync(), await readerAgain.Content.ReadAsStringAsync());

        var anonymous = await client.SendAsync(PostQuery(query));
        var forged = await client.SendAsync(PostQuery(query).WithBearer(TestCredentials.ForgedEditorToken()));

        await MutationAccessTests.AssertRefusedAsync(anonymous, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        await MutationAccessTests.AssertRefusedAsync(forged, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
    }

    [Fact]
    public async Task A_cached_get_answer_is_not_served_to_an_anonymous_caller_and_is_private()
    {
        var queryString = "query=" + Uri.EscapeDataString("{ statistics { entityCount } }");
        var reader = await client.SendAsync(Get(queryString).WithApiKey(TestCredentials.ReaderApiKey));
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Contains("private", reader.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        var anonymous = await client.SendAsync(Get(queryString));

        await MutationAccessTests.AssertRefusedAsync(anonymous, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
    }

    [Fact]
    public async Task A_persisted_query_registered_by_a_reader_is_refused_to_an_anonymous_caller()
    {
        const string query = "{ statistics { relationshipCount } }";
        var hash = Api.Http.Caching.PersistedQueryHashing.Sha256(query);
        var registered = Post(JsonSerializer.Serialize(new { query, extensions = Persisted(hash) })).WithBearer(TestCredentials.ReaderToken());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(registered)).StatusCode);

        var anonymous = await client.SendAsync(Post(JsonSerializer.Serialize(new { extensions = Persisted(hash) })));

        await MutationAccessTests.AssertRefusedAsync(anonymous, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
    }

    [Fact]
    public async Task A_document_sent_by_an_anonymous_caller_is_not_registered()
    {
        const string query = "{ statistics { sourceCount } }";
        var hash = Api.Http.Caching.PersistedQueryHashing.Sha256(query);
        var anonymous = await client.SendAsync(Post(JsonSerializer.Serialize(new { query, extensions = Persisted(hash) })));
        await MutationAccessTests.AssertRefusedAsync(anonymous, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);

        var reader = await client.SendAsync(Post(JsonSerializer.Serialize(new { extensions = Persisted(hash) })).WithBearer(TestCredentials.ReaderToken()));

        Assert.Equal(EdgeErrorCodes.PersistedQueryNotFound, FirstErrorCode(await ReadJsonAsync(reader)));
    }

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    [Fact]
    public async Task Authenticated_caller_without_a_known_role_is_403()
    {
        var response = await client.SendAsync(PostQuery("{ statistics { graphVersion } }").WithBearer(TestCredentials.Token("guest", "guest")));

        await MutationAccessTests.AssertRefusedAsync(response, HttpStatusCode.Forbidden, AccessErrorCodes.NotAuthorized);
    }
}
