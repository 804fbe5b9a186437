using System.Net;
using KnowledgeGraph.Api.Health;
using KnowledgeGraph.Api.Storage;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
    public async Task Readyz_reports_the_reachable_store_and_the_adjacency_index_built_at_start()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<TraversalIndexWarmUp>().Build!;

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await GraphQLHttp.ReadJsonAsync(response)).GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("graph-store").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("traversal-index").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_traversal_index_check_is_not_ready_while_the_build_runs_nor_when_it_failed()
    {
        var build = new TaskCompletionSource();
        var check = new TraversalIndexHealthCheck(new TraversalIndexWarmUp(new ServiceCollection().BuildServiceProvider()) { Build = build.Task });

        var building = await check.CheckHealthAsync(new HealthCheckContext());
        build.SetException(new InvalidOperationException("disk gone"));
        var failed = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, "Adjacency index is being built."), (building.Status, building.Description));
        Assert.Equal((HealthStatus.Unhealthy, "Adjacency index build failed."), (failed.Status, failed.Description));
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
