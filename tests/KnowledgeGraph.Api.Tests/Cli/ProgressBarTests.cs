using KnowledgeGraph.Api.Cli;

namespace KnowledgeGraph.Api.Tests.Cli;

public sealed class ProgressBarTests
{
    [Fact]
    public void Redirected_output_gets_a_plain_line_at_each_tenth_of_the_way_from_0_to_100_percent()
    {
        var error = new StringWriter();
        var bar = new ProgressBar(error, "Reading", 1000, 100, ProgressBar.Records, interactive: false);

        for (var i = 1; i <= 1000; i++)
        {
            bar.Report(i);
        }

        bar.Complete();
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("Reading: 0% (1 records of 1,000 records", lines[0]);
        Assert.DoesNotContain('\r', error.ToString());
        Assert.StartsWith("Reading: 100% (1,000 records of 1,000 records", lines[^1]);
        Assert.Matches(@"records/s, 0:00 left\)$", lines[^1]);
    }

    [Fact]
    public void A_terminal_gets_one_line_redrawn_in_place_and_ended_on_completion()
    {
        var error = new StringWriter();
        var bar = new ProgressBar(error, "Exporting", 10, 1, ProgressBar.Records, interactive: true);

        bar.Report(10);
        bar.Complete();

        Assert.StartsWith("\rExporting [##############################] 100%", error.ToString());
        Assert.EndsWith(Environment.NewLine, error.ToString());
    }

    [Fact]
    public void A_job_below_the_threshold_shows_nothing()
    {
        var error = new StringWriter();
        var bar = new ProgressBar(error, "Reading", 99, 100, ProgressBar.Records, interactive: false);

        bar.Report(99);
        bar.Complete();

        Assert.Equal(string.Empty, error.ToString());
    }
}
