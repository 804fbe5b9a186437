using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>The README's "What is in the graph" section is the stats command's output, not hand-typed counts.</summary>
public sealed class ReadmeReportTests
{
    [Fact]
    public void Readme_shows_the_report_generated_from_the_current_seed()
    {
        var readme = Path.Combine(Path.GetDirectoryName(RepositoryPaths.SeedDirectory)!, "README.md");
        var report = GraphReport.Render(SeedReader.ReadDirectory(RepositoryPaths.SeedDirectory));
        var body = report[(report.IndexOf('\n') + 1)..].Trim();

        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");

        Assert.True(
            text.Contains(body.ReplaceLineEndings("\n"), StringComparison.Ordinal),
            "README.md's 'What is in the graph' section is out of date: run `dotnet run --project src/KnowledgeGraph.Api -- stats \"$PWD/seed\"` and paste its output.\n" + body);
    }
}
