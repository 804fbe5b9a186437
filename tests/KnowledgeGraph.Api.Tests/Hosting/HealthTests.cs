using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_healthy_while_the_process_runs()
    {
        using var factory = new ApiFactory();

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_reports_the_reachable_store()
    {
        using var factory = new ApiFactory();

        var response = await factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLHttp.ReadJsonAsync(response);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("graph-store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_is_503_when_the_store_cannot_be_reached()
    {
        using var factory = new UnreachableStoreFactory();

        var response = await factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await GraphQLHttp.ReadJsonAsync(response);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("graph-store").GetProperty("status").GetString());
    }
}
