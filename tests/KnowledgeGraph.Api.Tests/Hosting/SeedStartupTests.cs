using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class SeedStartupTests
{
    [Fact]
    public async Task First_start_loads_the_seed_and_a_restart_on_the_same_file_loads_nothing()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"kg-api-restart-{Guid.NewGuid():N}.db");
        long versionAfterFirstStart;
        long entitiesAfterFirstStart;
        using (var first = new ApiFactory(databasePath: databasePath) { KeepDatabase = true })
        {
            var store = first.Services.GetRequiredService<IGraphStore>();
            versionAfterFirstStart = await store.GetGraphVersionAsync();
            entitiesAfterFirstStart = (await store.GetStatisticsAsync()).EntityCount;
        }

        using (var second = new ApiFactory(databasePath: databasePath))
        {
            var store = second.Services.GetRequiredService<IGraphStore>();

            Assert.True(entitiesAfterFirstStart > 0);
            Assert.Equal(versionAfterFirstStart, await store.GetGraphVersionAsync());
            Assert.Equal(entitiesAfterFirstStart, (await store.GetStatisticsAsync()).EntityCount);
        }
    }

    [Fact]
    public async Task Start_with_seed_loading_off_leaves_the_store_empty()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["Seed:LoadOnStartup"] = "false" });

        var statistics = await factory.Services.GetRequiredService<IGraphStore>().GetStatisticsAsync();

        Assert.Equal(0, statistics.EntityCount);
    }

    [Fact]
    public async Task Seeded_graph_answers_a_query_for_the_Khorgos_projects()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();

        var response = await client.SendAsync(GraphQLHttp.PostQuery(
            """{ projects(where: { name: { contains: "Khorgos" } }, order: [{ name: ASC }]) { totalCount nodes { key name } } }"""));

        var body = await GraphQLHttp.ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var projects = body.GetProperty("data").GetProperty("projects");
        var keys = projects.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToList();
        Assert.Contains("khorgos-eastern-gate", keys);
        Assert.Contains("khorgos-industrial-zone", keys);
        Assert.Equal(keys.Count, projects.GetProperty("totalCount").GetInt32());
        Assert.All(projects.GetProperty("nodes").EnumerateArray(),
            n => Assert.Contains("khorgos", n.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Missing_seed_directory_fails_start_naming_the_key()
    {
        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?> { ["Seed:Path"] = "/nonexistent/seed", ["Seed:LoadOnStartup"] = "true" });

        Assert.Contains("Seed:Path", exception.ToString());
    }

    [Theory]
    [InlineData("GraphQL:Limits:MaxDepth", "0")]
    [InlineData("GraphQL:RateLimit:PermitLimit", "0")]
    [InlineData("Cors:AllowedOrigins:0", "not an origin")]
    public async Task Invalid_setting_fails_start_naming_the_key(string key, string value)
    {
        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(key, exception.ToString());
    }

    [Fact]
    public async Task Unknown_storage_provider_fails_start_naming_the_key()
    {
        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" });

        Assert.Contains("Storage:Provider", exception.ToString());
    }

    [Fact]
    public async Task Neo4j_provider_without_its_settings_fails_start_naming_the_missing_key()
    {
        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Neo4j",
            ["Storage:Neo4j:Uri"] = string.Empty,
        });

        Assert.Contains("Storage:Neo4j:Uri", exception.ToString());
    }
}
