using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.Transport;
using KnowledgeGraph.GraphQL.Authorization;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>
/// Over HTTP, a mutation runs only for an editor authenticated by a bearer token or an API key. Missing or refused
/// credentials answer 401 AUTH_NOT_AUTHENTICATED with WWW-Authenticate, a reader 403 AUTH_NOT_AUTHORIZED (under
/// application/graphql-response+json; 200 under application/json), and the result has no data.
/// </summary>
public sealed class MutationAccessTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private const string Mutation = "mutation { shout(text: \"hi\") }";
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Mutation_without_credentials_is_401_not_authenticated_with_a_challenge()
    {
        var response = await client.SendAsync(PostQuery(Mutation));

        var body = await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("'editor'", FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_without_credentials_under_application_json_is_200_with_the_same_error()
    {
        var response = await client.SendAsync(PostQuery(Mutation, accept: Json));

        await AssertRefusedAsync(response, HttpStatusCode.OK, AccessErrorCodes.NotAuthenticated);
    }

    [Theory]
    [InlineData("malformed", "malformed")]
    [InlineData("expired", "expired")]
    [InlineData("forged", "signature")]
    [InlineData("other-audience", "audience")]
    public async Task Mutation_with_a_bad_token_is_401_and_says_what_is_wrong_with_it(string kind, string reason)
    {
        var token = kind switch
        {
            "malformed" => "not-a-jwt",
            "expired" => TestCredentials.ExpiredEditorToken(),
            "forged" => TestCredentials.ForgedEditorToken(),
            _ => TestCredentials.TokenWithClaims(new Dictionary<string, object> { ["sub"] = "ed", ["roles"] = new[] { Roles.Editor } }, audience: "another-app"),
        };

        var response = await client.SendAsync(PostQuery(Mutation).WithBearer(token));

        var body = await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_with_an_unknown_api_key_is_401()
    {
        var response = await client.SendAsync(PostQuery(Mutation).WithApiKey("kg_not-a-configured-key"));

        var body = await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("API key is not recognised", FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_by_a_reader_token_is_403_not_authorized()
    {
        var response = await client.SendAsync(PostQuery(Mutation).WithBearer(TestCredentials.ReaderToken("rita")));

        var body = await AssertRefusedAsync(response, HttpStatusCode.Forbidden, AccessErrorCodes.NotAuthorized);
        Assert.Contains("'rita'", FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_by_a_reader_api_key_is_403_not_authorized()
    {
        var response = await client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.ReaderApiKey));

        var body = await AssertRefusedAsync(response, HttpStatusCode.Forbidden, AccessErrorCodes.NotAuthorized);
        Assert.Contains("'ci-reader'", FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_by_an_editor_token_runs()
    {
        var response = await client.SendAsync(PostQuery(Mutation).WithBearer(TestCredentials.EditorToken()));

        await AssertShoutedAsync(response);
    }

    [Fact]
    public async Task Mutation_by_an_editor_api_key_runs_from_either_header()
    {
        var fromHeader = await client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorApiKey));
        var fromAuthorization = PostQuery(Mutation);
        fromAuthorization.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + TestCredentials.EditorApiKey);

        await AssertShoutedAsync(fromHeader);
        await AssertShoutedAsync(await client.SendAsync(fromAuthorization));
    }

    [Theory]
    [InlineData("role")]
    [InlineData("roles")]
    [InlineData("http://schemas.microsoft.com/ws/2008/06/identity/claims/role")]
    public async Task Role_claims_are_read_under_each_usual_name(string claimType)
    {
        var token = TestCredentials.TokenWithClaims(new Dictionary<string, object> { ["sub"] = "ed", [claimType] = Roles.Editor });

        var response = await client.SendAsync(PostQuery(Mutation).WithBearer(token));

        await AssertShoutedAsync(response);
    }

    [Fact]
    public async Task Queries_stay_public_by_default_even_with_a_refused_token()
    {
        var anonymous = await client.SendAsync(PostQuery("{ hello }"));
        var withExpiredToken = await client.SendAsync(PostQuery("{ hello }").WithBearer(TestCredentials.ExpiredEditorToken()));

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withExpiredToken.StatusCode);
        Assert.Equal("world", (await ReadJsonAsync(withExpiredToken)).GetProperty("data").GetProperty("hello").GetString());
    }

    internal static async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _), "a refused operation has no data");
        Assert.Equal(code, FirstErrorCode(body));
        Assert.Single(body.GetProperty("errors").EnumerateArray());
        return body;
    }

    private static async Task AssertShoutedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("HI", body.GetProperty("data").GetProperty("shout").GetString());
    }
}
