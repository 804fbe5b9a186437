using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class SeedCommandsTests
{
    [Fact]
    public async Task ValidateAsync_returns_success_and_a_summary_for_a_valid_seed()
    {
        using var seed = TemporarySeed.Valid();
        var output = new StringWriter();

        var code = await SeedCommands.ValidateAsync(seed.Directory, output);

        Assert.Equal(SeedCommands.Success, code);
        Assert.Equal($"Seed {seed.Directory} is valid: 3 files, 1 source, 3 entities, 2 relationships.{Environment.NewLine}", output.ToString());
    }

    [Fact]
    public async Task ValidateAsync_returns_invalid_and_lists_every_problem_with_file_record_and_code()
    {
        using var seed = TemporarySeed.Valid().Write("bad.json", """
            { "entities": [ { "key": "x", "kind": "Regio", "name": "X", "sources": ["article"] } ],
              "relationships": [ { "key": "r", "type": "CONECTS", "from": "khorgos-eastern-gate", "to": "khorgos", "sources": ["article"] } ] }
            """);
        var output = new StringWriter();

        var code = await SeedCommands.ValidateAsync(seed.Directory, output);

        Assert.Equal(SeedCommands.Invalid, code);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("seed/bad.json: entities[0] (key 'x').kind: Unknown kind 'Regio'", lines[0]);
        Assert.EndsWith($"[{ValidationCodes.UnknownKind}]", lines[0]);
        Assert.StartsWith("seed/bad.json: relationships[0] (key 'r').type: Unknown relationship type 'CONECTS'", lines[1]);
        Assert.EndsWith($"[{ValidationCodes.UnknownRelationshipType}]", lines[1]);
        Assert.Equal($"Seed {seed.Directory} is invalid: 2 problems.", lines[2]);
    }

    [Fact]
    public async Task ValidateAsync_returns_not_found_for_a_missing_directory()
    {
        var missing = Path.Combine(Path.GetTempPath(), "knowledgegraph-seed-tests", Guid.NewGuid().ToString("N"));
        var output = new StringWriter();

        var code = await SeedCommands.ValidateAsync(missing, output);

        Assert.Equal(SeedCommands.NotFound, code);
        Assert.Contains(missing, output.ToString());
    }

    [Fact]
    public async Task StatsAsync_prints_the_markdown_report_of_a_valid_seed()
    {
        using var seed = TemporarySeed.Valid();
        var output = new StringWriter();

        var code = await SeedCommands.StatsAsync(seed.Directory, output);

        Assert.Equal(SeedCommands.Success, code);
        Assert.Equal(GraphReport.Render(SeedReader.ReadDirectory(seed.Directory)), output.ToString());
    }

    [Fact]
    public async Task StatsAsync_refuses_an_invalid_seed_and_lists_its_problems()
    {
        using var seed = TemporarySeed.Valid().Write("bad.json", "[]");
        var output = new StringWriter();

        var code = await SeedCommands.StatsAsync(seed.Directory, output);

        Assert.Equal(SeedCommands.Invalid, code);
        Assert.StartsWith("seed/bad.json: ", output.ToString());
        Assert.DoesNotContain("## What is in the graph", output.ToString());
    }

    [Fact]
    public async Task StatsAsync_of_the_repository_seed_counts_every_kind_present()
    {
        var output = new StringWriter();

        var code = await SeedCommands.StatsAsync(RepositoryPaths.SeedDirectory, output);

        Assert.Equal(SeedCommands.Success, code);
        Assert.Matches(@"\| Project \| [1-9][0-9]* \|", output.ToString());
        Assert.Matches(@"\| Region \| [1-9][0-9]* \|", output.ToString());
        Assert.Matches(@"\| Initiative \| [1-9][0-9]* \|", output.ToString());
        Assert.Matches(@"\| TrainingProgram \| [1-9][0-9]* \|", output.ToString());
        Assert.Matches(@"\| Person \| [1-9][0-9]* \|", output.ToString());
    }
}
