using System.Net;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

public sealed class GetRequestTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Get_executes_query_from_query_string()
    {
        var response = await client.SendAsync(Get("query=" + Uri.EscapeDataString("{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_reads_url_encoded_json_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { hello } query B($t: String!) { echo(text: $t) }");
        var variables = Uri.EscapeDataString("""{"t":"Khorgos"}""");

        var response = await client.SendAsync(Get($"query={query}&operationName=B&variables={variables}"));

        Assert.Equal("Khorgos", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post()
    {
        var response = await client.SendAsync(Get("query=" + Uri.EscapeDataString("mutation { shout(text: \"x\") }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal(EdgeErrorCodes.MethodNotAllowed, FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("query=%7B+hello+%7D&variables=not-json")]
    [InlineData("query=%7B+hello+%7D&variables=%5B1%5D")]
    [InlineData("query=%7B+hello+%7D&query=%7B+hello+%7D")]
    public async Task Get_with_missing_or_malformed_parameters_is_400(string queryString)
    {
        var response = await client.SendAsync(Get(queryString));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(EdgeErrorCodes.BadRequest, FirstErrorCode(await ReadJsonAsync(response)));
    }
}
