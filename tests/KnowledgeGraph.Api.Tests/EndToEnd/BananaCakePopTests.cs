using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>
/// A person opens /graphql in Chromium, Banana Cake Pop loads the schema, a new document starts with the journalist's
/// questions, they run a query of their own and see the result.
/// </summary>
public sealed class BananaCakePopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Browser_opening_graphql_gets_the_ide_which_runs_a_query_on_the_seeded_graph()
    {
        Assert.True(File.Exists(NodeScripts.ChromiumExecutable),
            $"Chromium not found at {NodeScripts.ChromiumExecutable}: `apt-get install -y chromium` or set CHROMIUM_PATH.");
        using var app = new KestrelApp(new ApiFactory());
        var screenshot = Path.Combine(RepositoryPaths.Artifacts, "banana-cake-pop.png");
        File.Delete(screenshot);

        var (exitCode, stdout, stderr) = await NodeScripts.RunAsync(
            "bcp.mjs", TimeSpan.FromMinutes(4), app.GraphQLEndpoint, screenshot, NodeScripts.ChromiumExecutable);

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(screenshot));
        Assert.Contains("BCP-STARTER shown", stdout, StringComparison.Ordinal);
        var resultLine = stdout.Split('\n').Single(l => l.StartsWith("BCP-RESULT ", StringComparison.Ordinal));
        using var result = JsonDocument.Parse(resultLine["BCP-RESULT ".Length..]);
        var keys = result.RootElement.GetProperty("data").GetProperty("projects").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToList();
        Assert.Contains("khorgos-eastern-gate", keys);
    }
}
