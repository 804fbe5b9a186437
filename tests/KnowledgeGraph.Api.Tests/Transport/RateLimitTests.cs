using System.Globalization;
using System.Net;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>
/// Every request takes a permit of its client's bucket: <c>/graphql</c> and unknown paths share one, exports and
/// health probes have their own, so neither kind of traffic can starve the other.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private const string AllowedOrigin = "http://localhost:3000";
    private const string UnknownNeighbourhood = "/export/neighborhood?id=no-such-entity";
    private const string UnknownPaths = "/export/paths?from=no-such-entity&to=another-missing-entity";

    private readonly TransportFactory factory = new(new Dictionary<string, string?>
    {
        ["GraphQL:RateLimit:PermitLimit"] = "2",
        ["GraphQL:RateLimit:ExportPermitLimit"] = "2",
        ["GraphQL:RateLimit:HealthPermitLimit"] = "2",
        ["GraphQL:RateLimit:WindowSeconds"] = "3600",
        ["Cors:AllowedOrigins:0"] = AllowedOrigin,
    });

    private readonly HttpClient client;

    public RateLimitTests() => client = factory.CreateClient();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Unknown_paths_take_permits_from_the_api_bucket()
    {
        var first = await client.GetAsync("/no-such-path");
        var second = await client.GetAsync("/another/unknown/path");
        var query = await client.SendAsync(PostQuery("{ hello }"));

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, query.StatusCode);
        Assert.Equal(EdgeErrorCodes.RateLimited, FirstErrorCode(await ReadJsonAsync(query)));
    }

    [Fact]
    public async Task A_refused_unknown_path_answers_a_problem_naming_the_limit_with_Retry_After()
    {
        await client.GetAsync("/no-such-path");
        await client.GetAsync("/no-such-path");

        var refused = await client.GetAsync("/no-such-path");

        var detail = await JsonProblem.AssertAsync(refused, HttpStatusCode.TooManyRequests, EdgeErrorCodes.RateLimited);
        Assert.Contains("GraphQL:RateLimit:PermitLimit", detail);
        AssertRetryAfterWithinTheWindow(refused);
    }

    [Fact]
    public async Task Exports_over_their_limit_are_refused_with_a_problem_naming_the_limit_with_Retry_After()
    {
        var neighbourhood = await client.GetAsync(UnknownNeighbourhood);
        var paths = await client.GetAsync(UnknownPaths);

        var refused = await client.GetAsync(UnknownNeighbourhood);

        Assert.Equal(HttpStatusCode.NotFound, neighbourhood.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, paths.StatusCode);
        var detail = await JsonProblem.AssertAsync(refused, HttpStatusCode.TooManyRequests, EdgeErrorCodes.RateLimited);
        Assert.Contains("GraphQL:RateLimit:ExportPermitLimit", detail);
        AssertRetryAfterWithinTheWindow(refused);
    }

    [Fact]
    public async Task Exports_and_the_api_do_not_spend_each_others_permits()
    {
        await client.GetAsync(UnknownNeighbourhood);
        await client.GetAsync(UnknownNeighbourhood);
        var exportRefused = await client.GetAsync(UnknownNeighbourhood);
        var queries = new[] { await client.SendAsync(PostQuery("{ hello }")), await client.SendAsync(PostQuery("{ hello }")) };
        var queryRefused = await client.SendAsync(PostQuery("{ hello }"));

        Assert.Equal(HttpStatusCode.TooManyRequests, exportRefused.StatusCode);
        Assert.All(queries, q => Assert.Equal(HttpStatusCode.OK, q.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, queryRefused.StatusCode);
    }

    [Fact]
    public async Task Api_traffic_over_its_limit_leaves_health_probes_answered()
    {
        await client.SendAsync(PostQuery("{ hello }"));
        await client.SendAsync(PostQuery("{ hello }"));
        var refused = await client.SendAsync(PostQuery("{ hello }"));

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Health_probes_over_their_limit_are_refused_and_leave_the_api_answered()
    {
        await client.GetAsync("/healthz");
        await client.GetAsync("/readyz");

        var refused = await client.GetAsync("/readyz");
        var query = await client.SendAsync(PostQuery("{ hello }"));

        var detail = await JsonProblem.AssertAsync(refused, HttpStatusCode.TooManyRequests, EdgeErrorCodes.RateLimited);
        Assert.Contains("GraphQL:RateLimit:HealthPermitLimit", detail);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact]
    public async Task A_refused_graphql_request_from_an_allowed_origin_carries_the_cors_headers_so_the_page_can_read_it()
    {
        await client.SendAsync(PostQuery("{ hello }"));
        await client.SendAsync(PostQuery("{ hello }"));
        var request = PostQuery("{ hello }");
        request.Headers.Add("Origin", AllowedOrigin);

        var refused = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(AllowedOrigin, refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task With_the_rate_limit_disabled_no_request_is_refused()
    {
        using var disabled = new TransportFactory(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:RateLimit:PermitLimit"] = "1",
            ["GraphQL:RateLimit:ExportPermitLimit"] = "1",
            ["GraphQL:RateLimit:HealthPermitLimit"] = "1",
        });
        var unlimited = disabled.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await unlimited.SendAsync(PostQuery("{ hello }"))).StatusCode);
            statuses.Add((await unlimited.GetAsync(UnknownNeighbourhood)).StatusCode);
            statuses.Add((await unlimited.GetAsync("/healthz")).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    private static void AssertRetryAfterWithinTheWindow(HttpResponseMessage response)
    {
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 3600);
    }
}
