using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>The explorer's page and bundle as the service serves them, and the lock file they are built from.</summary>
public sealed class ExplorerPageTests
{
    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/")]
    public async Task Explorer_page_is_served_with_a_base_under_explore_and_a_same_origin_policy(string path)
    {
        using var factory = new TransportFactory();

        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ExplorerEndpoints.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/explore/\"/>", html);
        Assert.Contains("src=\"app.js\"", html);
    }

    [Fact]
    public async Task Explorer_bundle_is_served_and_unknown_assets_are_not_found()
    {
        using var factory = new TransportFactory();
        var client = factory.CreateClient();

        var script = await client.GetAsync("/explore/app.js");
        var styles = await client.GetAsync("/explore/app.css");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/explore/no-such-asset.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/explore/../appsettings.json")).StatusCode);
    }

    [Fact]
    public void Explorer_lock_file_pins_every_package_by_integrity_and_names_no_registry()
    {
        var lockFile = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph.Api", "ExplorerApp", "package-lock.json");
        using var document = JsonDocument.Parse(File.ReadAllText(lockFile));

        var packages = document.RootElement.GetProperty("packages").EnumerateObject().Where(p => p.Name.Length > 0).ToList();

        Assert.Contains(packages, p => p.Name == "node_modules/cytoscape");
        Assert.Contains(packages, p => p.Name == "node_modules/cytoscape-fcose");
        Assert.All(packages, p =>
        {
            Assert.True(p.Value.TryGetProperty("integrity", out _), $"{p.Name} has no integrity hash");
            Assert.False(p.Value.TryGetProperty("resolved", out _), $"{p.Name} names the registry it came from");
        });
    }
}
