using System.Net;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

public sealed class IdeAndSwitchTests
{
    [Fact]
    public async Task Browser_get_with_accept_html_receives_the_ide_page_with_a_base_under_the_endpoint()
    {
        using var factory = new TransportFactory();

        var response = await factory.CreateClient().SendAsync(Get(string.Empty, accept: "text/html,application/xhtml+xml,*/*;q=0.8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", MediaType(response));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphql/\"/>", html);
        Assert.Contains("Banana Cake Pop", html);
    }

    [Fact]
    public async Task Ide_config_points_at_this_endpoint_with_telemetry_off()
    {
        using var factory = new TransportFactory();

        var response = await factory.CreateClient().GetAsync("/graphql/bcp-config.json");

        var body = await ReadJsonAsync(response);
        Assert.EndsWith("/graphql", body.GetProperty("endpoint").GetString());
        Assert.True(body.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Ide_assets_are_served_below_the_endpoint()
    {
        using var factory = new TransportFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/graphql/favicon.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/no-such-asset.js")).StatusCode);
    }

    [Fact]
    public async Task Ide_switched_off_answers_browsers_with_406()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["GraphQL:EnableIde"] = "false" });

        var response = await factory.CreateClient().SendAsync(Get(string.Empty, accept: "text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Introspection_is_on_by_default()
    {
        using var factory = new TransportFactory();

        var response = await factory.CreateClient().SendAsync(PostQuery("{ __schema { queryType { name } } }"));

        Assert.Equal("Query", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_switched_off_is_refused_as_a_validation_error()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["GraphQL:EnableIntrospection"] = "false" });
        var client = factory.CreateClient();

        var refused = await client.SendAsync(PostQuery("{ __schema { queryType { name } } }"));
        var allowed = await client.SendAsync(PostQuery("{ __typename hello }"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Client_over_the_rate_limit_gets_429_with_a_graphql_error()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:PermitLimit"] = "2",
            ["GraphQL:RateLimit:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();

        await client.SendAsync(PostQuery("{ hello }"));
        await client.SendAsync(PostQuery("{ hello }"));
        var response = await client.SendAsync(PostQuery("{ hello }"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal(EdgeErrorCodes.RateLimited, FirstErrorCode(body));
        Assert.Contains("GraphQL:RateLimit:PermitLimit", FirstErrorMessage(body));
    }

    [Fact]
    public async Task Cors_allows_configured_origin_and_not_others()
    {
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "http://localhost:3000" });
        var client = factory.CreateClient();

        var allowed = await client.SendAsync(Preflight("http://localhost:3000"));
        var refused = await client.SendAsync(Preflight("http://evil.example"));

        Assert.Equal("http://localhost:3000", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
