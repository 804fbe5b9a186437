using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>The graphql-http audit (GraphQL-over-HTTP spec conformance) against the real server on Kestrel.</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Server_passes_every_MUST_and_SHOULD_audit_of_graphql_http()
    {
        using var app = new KestrelApp(new ApiFactory());

        var (exitCode, stdout, stderr) = await NodeScripts.RunAsync("audit.mjs", TimeSpan.FromMinutes(3), app.GraphQLEndpoint);

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        var summaryLine = stdout.Split('\n').Single(l => l.StartsWith("AUDIT-SUMMARY ", StringComparison.Ordinal));
        using var summary = JsonDocument.Parse(summaryLine["AUDIT-SUMMARY ".Length..]);
        foreach (var level in new[] { "MUST", "SHOULD" })
        {
            var counts = summary.RootElement.GetProperty(level);
            Assert.True(counts.GetProperty("ok").GetInt32() > 0, $"no {level} audit ran");
            Assert.Equal(0, counts.GetProperty("warn").GetInt32());
            Assert.Equal(0, counts.GetProperty("error").GetInt32());
        }

        Assert.Equal(0, exitCode);
    }
}
