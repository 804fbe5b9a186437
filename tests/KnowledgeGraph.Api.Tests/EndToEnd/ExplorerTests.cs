using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>
/// A journalist opens /explore in Chromium and works through a story: finds Altynkol, opens it, expands a neighbour,
/// filters by a relationship type and by confidence, traces Altynkol → Belt and Road Initiative, reads a hop's source,
/// copies the citations, downloads PNG, SVG, GraphML, CSV and JSON, links a third entity in, reopens the shared links,
/// and pages through a hub's neighbours with "Show more". The script checks what the page shows against the API's
/// answers; this test checks that it got through every step without a request leaving the origin or a console error.
/// </summary>
public sealed class ExplorerTests(ITestOutputHelper output)
{
    private static readonly string[] Steps =
    [
        "search-suggestions", "entity-opened", "neighbour-expanded", "filtered-by-type", "filtered-by-confidence", "paths-traced",
        "citations-copied", "downloads", "three-connected", "shared-paths-reopened", "shared-neighbourhood-reopened",
        "hub-shows-more",
    ];

    [Fact]
    public async Task Journalist_traces_and_cites_a_link_in_the_explorer_and_shares_the_view()
    {
        using var app = new KestrelApp(new ApiFactory());
        var artifacts = Path.Combine(RepositoryPaths.Artifacts, "explorer");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var root = await RunInChromiumAsync("explore.mjs", "EXPLORE-RESULT", app.BaseAddress.ToString(), artifacts);

        output.WriteLine($"Screenshots: {artifacts}");
        Assert.Equal(Steps, root.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(root.GetProperty("external").EnumerateArray());
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray());
        Assert.All(root.GetProperty("screenshots").EnumerateArray(), s => Assert.True(File.Exists(s.GetString())));
        Assert.All(root.GetProperty("downloads").EnumerateArray(), d => Assert.True(File.Exists(Path.Combine(artifacts, d.GetString()!))));
        var citations = root.GetProperty("citations").GetString()!;
        Assert.All(root.GetProperty("hopSources").EnumerateArray(), s => Assert.Contains(s.GetString()!, citations, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_private_reads_the_explorer_asks_for_a_key_keeps_it_for_the_session_and_sends_it()
    {
        using var app = new KestrelApp(new ApiFactory(TestCredentials.Settings(publicReads: false)));
        var screenshot = Path.Combine(RepositoryPaths.Artifacts, "explorer-credentials.png");
        File.Delete(screenshot);

        var root = await RunInChromiumAsync(
            "explore-private.mjs", "EXPLORE-PRIVATE-RESULT", app.BaseAddress.ToString(), TestCredentials.ReaderApiKey, screenshot);

        Assert.True(root.GetProperty("searched").GetBoolean());
        Assert.True(root.GetProperty("storage").GetProperty("session").GetBoolean());
        Assert.Equal(0, root.GetProperty("storage").GetProperty("localKeys").GetInt32());
        Assert.Equal(string.Empty, root.GetProperty("storage").GetProperty("cookies").GetString());
        Assert.Equal(1, root.GetProperty("anonymousRequests").GetInt32());
        Assert.True(root.GetProperty("keyedRequests").GetInt32() >= 2);
        Assert.Empty(root.GetProperty("external").EnumerateArray());
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray());
        Assert.True(File.Exists(screenshot));
    }

    /// <summary>Runs a browser script of tests/e2e and returns the result it printed after <paramref name="marker"/>.</summary>
    private async Task<JsonElement> RunInChromiumAsync(string script, string marker, params string[] arguments)
    {
        Assert.True(File.Exists(NodeScripts.ChromiumExecutable),
            $"Chromium not found at {NodeScripts.ChromiumExecutable}: `apt-get install -y chromium` or set CHROMIUM_PATH.");

        var (exitCode, stdout, stderr) = await NodeScripts.RunAsync(script, TimeSpan.FromMinutes(4), [.. arguments, NodeScripts.ChromiumExecutable]);

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        var resultLine = stdout.Split('\n').Single(l => l.StartsWith(marker + " ", StringComparison.Ordinal));
        using var document = JsonDocument.Parse(resultLine[(marker.Length + 1)..]);
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("failed", out var failure), failure.ToString());
        Assert.Equal(0, exitCode);
        return root;
    }
}
