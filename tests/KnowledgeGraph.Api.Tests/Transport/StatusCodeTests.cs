using System.Net;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>GraphQL over HTTP: Accept negotiation and the status codes of each response media type.</summary>
public sealed class StatusCodeTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    public async Task Accept_header_selects_response_media_type(string? accept, string expected)
    {
        var response = await client.SendAsync(PostQuery("{ hello }", accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, MediaType(response));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task Unsupported_accept_is_406_with_graphql_error(string accept)
    {
        var response = await client.SendAsync(PostQuery("{ hello }", accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(EdgeErrorCodes.NotAcceptable, FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("{ hello ")]
    [InlineData("{ nope }")]
    public async Task Parse_or_validation_error_is_400_without_data_under_graphql_response_json(string query)
    {
        var response = await client.SendAsync(PostQuery(query, accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, MediaType(response));
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{ hello ")]
    [InlineData("{ nope }")]
    public async Task Parse_or_validation_error_is_200_under_application_json(string query)
    {
        var response = await client.SendAsync(PostQuery(query, accept: Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
        Assert.True((await ReadJsonAsync(response)).GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_under_graphql_response_json()
    {
        var response = await client.SendAsync(Post("""{"query":"query($t: String!) { echo(text: $t) }","variables":{"t":null}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_200_under_application_json()
    {
        var response = await client.SendAsync(Post("""{"query":"query($t: String!) { echo(text: $t) }","variables":{"t":null}}""", accept: Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Field_error_during_execution_is_200_with_data_under_graphql_response_json()
    {
        var response = await client.SendAsync(PostQuery("{ hello slow(ms: -5) }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }
}
