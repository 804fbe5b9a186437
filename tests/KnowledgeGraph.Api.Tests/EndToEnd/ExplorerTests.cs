using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>
/// A journalist opens /explore in Chromium and works through a story: finds Altynkol, opens it, expands a neighbour,
/// filters by a relationship type, traces Altynkol → Belt and Road Initiative, reads a hop's source, copies the
/// citations, downloads PNG and GraphML, and reopens the shared links. The script checks what the page shows against
/// the API's answers; this test checks that it got through every step without a request leaving the origin or a
/// console error.
/// </summary>
public sealed class ExplorerTests(ITestOutputHelper output)
{
    private static readonly string[] Steps =
    [
        "search-suggestions", "entity-opened", "neighbour-expanded", "filtered-by-type", "paths-traced",
        "citations-copied", "downloads", "shared-paths-reopened", "shared-neighbourhood-reopened",
    ];

    [Fact]
    public async Task Journalist_traces_and_cites_a_link_in_the_explorer_and_shares_the_view()
    {
        Assert.True(File.Exists(NodeScripts.ChromiumExecutable),
            $"Chromium not found at {NodeScripts.ChromiumExecutable}: `apt-get install -y chromium` or set CHROMIUM_PATH.");
        using var app = new KestrelApp(new ApiFactory());
        var artifacts = Path.Combine(RepositoryPaths.Artifacts, "explorer");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var (exitCode, stdout, stderr) = await NodeScripts.RunAsync(
            "explore.mjs", TimeSpan.FromMinutes(4), app.BaseAddress.ToString(), artifacts, NodeScripts.ChromiumExecutable);

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        output.WriteLine($"Screenshots: {artifacts}");
        var resultLine = stdout.Split('\n').Single(l => l.StartsWith("EXPLORE-RESULT ", StringComparison.Ordinal));
        using var result = JsonDocument.Parse(resultLine["EXPLORE-RESULT ".Length..]);
        var root = result.RootElement;
        Assert.False(root.TryGetProperty("failed", out var failure), failure.ToString());
        Assert.Equal(0, exitCode);
        Assert.Equal(Steps, root.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(root.GetProperty("external").EnumerateArray());
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray());
        Assert.All(root.GetProperty("screenshots").EnumerateArray(), s => Assert.True(File.Exists(s.GetString())));
        Assert.All(root.GetProperty("downloads").EnumerateArray(), d => Assert.True(File.Exists(Path.Combine(artifacts, d.GetString()!))));
        var citations = root.GetProperty("citations").GetString()!;
        Assert.All(root.GetProperty("hopSources").EnumerateArray(), s => Assert.Contains(s.GetString()!, citations, StringComparison.Ordinal));
    }
}
