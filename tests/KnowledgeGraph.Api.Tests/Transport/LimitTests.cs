using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>Each protective limit answers with a GraphQL error naming its configuration key.</summary>
public sealed class LimitTests : IDisposable
{
    private readonly TransportFactory factory = new(new Dictionary<string, string?>
    {
        ["GraphQL:Limits:MaxDepth"] = "3",
        ["GraphQL:Limits:MaxComplexity"] = "5",
        ["GraphQL:Limits:MaxAliases"] = "2",
        ["GraphQL:Limits:MaxTokens"] = "60",
        ["GraphQL:Limits:MaxDocumentLength"] = "400",
        ["GraphQL:Limits:MaxRequestBodyBytes"] = "1000",
        ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "0.2",
    });

    private readonly HttpClient client;

    public LimitTests() => client = factory.CreateClient();

    [Fact]
    public async Task Query_deeper_than_max_depth_is_refused_naming_the_limit()
    {
        var response = await client.SendAsync(PostQuery("{ nested { nested { nested { nested { hello } } } } }"));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxDepth");
    }

    [Fact]
    public async Task Query_more_complex_than_max_complexity_is_refused_naming_the_limit()
    {
        var response = await client.SendAsync(PostQuery("{ hello echo(text: \"a\") slow(ms: 1) nested { hello echo(text: \"b\") } }"));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxComplexity");
    }

    [Fact]
    public async Task Query_with_more_aliases_than_allowed_is_refused_naming_the_limit()
    {
        var response = await client.SendAsync(PostQuery("{ a: hello b: hello c: hello }"));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxAliases");
    }

    [Fact]
    public async Task Query_with_more_tokens_than_allowed_is_refused_naming_the_limit()
    {
        var query = "{ " + string.Join(" ", Enumerable.Repeat("x", 70)) + " }";

        var response = await client.SendAsync(PostQuery(query));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxTokens");
    }

    [Fact]
    public async Task Document_longer_than_allowed_is_refused_naming_the_limit()
    {
        var query = "{ hello " + new string(' ', 500) + "}";

        var response = await client.SendAsync(PostQuery(query));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxDocumentLength");
    }

    [Fact]
    public async Task Limit_refusal_is_200_under_application_json()
    {
        var response = await client.SendAsync(PostQuery("{ a: hello b: hello c: hello }", accept: Json));

        await AssertRefusedAsync(response, HttpStatusCode.OK, "GraphQL:Limits:MaxAliases");
    }

    [Fact]
    public async Task Body_larger_than_allowed_is_413_naming_the_limit()
    {
        var body = """{"query":"{ hello }","extensions":{"padding":"PADDING"}}""".Replace("PADDING", new string('x', 2000));

        var response = await client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("GraphQL:Limits:MaxRequestBodyBytes", FirstErrorMessage(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Chunked_body_larger_than_allowed_is_413()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ hello }\",\"x\":\"" + new string('x', 5000) + "\"}"))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Execution_over_the_timeout_is_cancelled_naming_the_limit()
    {
        var response = await client.SendAsync(PostQuery("{ slow(ms: 30000) }"));

        await AssertRefusedAsync(response, HttpStatusCode.ServiceUnavailable, "GraphQL:Limits:ExecutionTimeoutSeconds");
    }

    public void Dispose() => factory.Dispose();

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string limitKey)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains(limitKey, FirstErrorMessage(body));
    }
}
