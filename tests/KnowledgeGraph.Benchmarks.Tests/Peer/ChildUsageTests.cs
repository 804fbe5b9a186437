using KnowledgeGraph.Benchmarks.Peer;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class ChildUsageTests
{
    [Fact]
    public void Parse_reads_wall_user_system_and_peak_memory()
    {
        var usage = ChildUsage.Parse("79.41 36.20 3.61 474112\n");

        Assert.Equal(new ChildUsage(79.41, 36.20, 3.61, 474_112), usage);
        Assert.Equal(39.81, usage.CpuSeconds, precision: 6);
        Assert.Equal(463.0, usage.PeakRssMib, precision: 6);
    }

    [Fact]
    public void Parse_reads_the_figures_after_the_line_GNU_time_adds_for_a_failed_command()
    {
        var usage = ChildUsage.Parse("Command exited with non-zero status 1\n0.52 0.30 0.05 98304\n");

        Assert.Equal(new ChildUsage(0.52, 0.30, 0.05, 98_304), usage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("0.52 0.30 0.05")]
    [InlineData("0.52 0.30 0.05 98304 7")]
    [InlineData("0,52 0,30 0,05 98304")]
    [InlineData("Command terminated by signal 9")]
    public void Parse_rejects_anything_but_the_four_figures(string text)
    {
        Assert.Throws<FormatException>(() => ChildUsage.Parse(text));
    }
}
