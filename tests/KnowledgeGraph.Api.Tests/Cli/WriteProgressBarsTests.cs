using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Api.Tests.Cli;

public sealed class WriteProgressBarsTests
{
    [Fact]
    public void After_a_large_write_the_index_steps_are_shown_as_steps()
    {
        var error = new StringWriter();
        var bars = new WriteProgressBars(error, threshold: 100, interactive: false);

        bars.Report(new GraphWriteProgress(GraphWriteStage.Records, 1000, 1000));
        for (var step = 0; step <= 4; step++)
        {
            bars.Report(new GraphWriteProgress(GraphWriteStage.Indexes, step, 4));
        }

        bars.Complete();
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("Writing: 100% (1,000 records of 1,000 records", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Building indexes: 25% (1 step of 4 steps", StringComparison.Ordinal));
        Assert.StartsWith("Building indexes: 100% (4 steps of 4 steps", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_write_shows_neither_its_records_nor_its_index_steps()
    {
        var error = new StringWriter();
        var bars = new WriteProgressBars(error, threshold: 100, interactive: false);

        bars.Report(new GraphWriteProgress(GraphWriteStage.Records, 10, 10));
        bars.Report(new GraphWriteProgress(GraphWriteStage.Indexes, 4, 4));
        bars.Complete();

        Assert.Empty(error.ToString());
    }
}
