using System.Net;
using System.Text;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

public sealed class PostRequestTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Post_executes_query_and_answers_graphql_response_json_with_200()
    {
        var response = await client.SendAsync(PostQuery("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, MediaType(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var body = await ReadJsonAsync(response);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_accepts_explicit_utf8_charset_and_non_ascii_variables()
    {
        var request = Post("""{"query":"query($t: String!) { echo(text: $t) }","variables":{"t":"Хоргос 霍尔果斯"}}""",
            contentType: "application/json; charset=utf-8");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal("Хоргос 霍尔果斯", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Non_ascii_letters_are_sent_as_utf8_while_html_sensitive_characters_stay_escaped()
    {
        var response = await client.SendAsync(PostQuery("query($t: String!) { echo(text: $t) }", new { t = "Хоргос 霍尔果斯 <b>" }));

        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"Хоргос 霍尔果斯 \\u003Cb\\u003E\"", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_with_unsupported_content_type_is_415(string contentType)
    {
        var response = await client.SendAsync(Post("""{"query":"{ hello }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(EdgeErrorCodes.UnsupportedMediaType, FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        var response = await client.SendAsync(Post("""{"query":"{ hello }"}""", contentType: null));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":42}""")]
    [InlineData("""{"query":"{ hello }","variables":"x"}""")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""")]
    [InlineData("""{"query":"{ hello }","extensions":0}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    public async Task Post_with_malformed_body_is_400_with_graphql_error_and_no_data(string body)
    {
        var response = await client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal(EdgeErrorCodes.BadRequest, FirstErrorCode(json));
    }

    [Fact]
    public async Task Post_allows_null_variables_operation_name_and_extensions()
    {
        var response = await client.SendAsync(Post("""{"query":"{ hello }","variables":null,"operationName":null,"extensions":null}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ReadJsonAsync(response)).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Post_selects_operation_by_name()
    {
        var response = await client.SendAsync(Post("""{"query":"query A { hello } query B { echo(text: \"b\") }","operationName":"B"}"""));

        var body = await ReadJsonAsync(response);
        Assert.Equal("b", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_executes_mutations_of_an_editor()
    {
        var response = await client.SendAsync(PostQuery("mutation { shout(text: \"hi\") }").WithBearer(TestCredentials.EditorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("HI", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("shout").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow_get_post(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal(EdgeErrorCodes.MethodNotAllowed, FirstErrorCode(await ReadJsonAsync(response)));
    }
}
