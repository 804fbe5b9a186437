using KnowledgeGraph.Benchmarks.Peer;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class PeerOptionsTests
{
    [Fact]
    public void Parse_defaults_to_both_sizes_of_the_issue()
    {
        var options = PeerOptions.Parse(["--kit", "../shared/bench"]);

        Assert.Equal("../shared/bench", options.Kit);
        Assert.Equal([100_000, 1_000_000], options.Sizes);
        Assert.Equal(200, options.Pairs);
        Assert.Equal(50, options.Rounds);
        Assert.Null(options.Output);
    }

    [Fact]
    public void Parse_reads_every_option()
    {
        var options = PeerOptions.Parse(
        [
            "--kit", "kit", "--sizes", "10000, 100000", "--pairs", "20", "--rounds", "5", "--api-dll", "api.dll",
            "--bench-dir", "b", "--data-dir", "d", "--output", "peer.md", "--seed", "7",
        ]);

        Assert.Equal(
            new PeerOptions
            {
                Kit = "kit",
                Sizes = options.Sizes,
                Pairs = 20,
                Rounds = 5,
                ApiDll = "api.dll",
                BenchDirectory = "b",
                DataDirectory = "d",
                Output = "peer.md",
                Seed = 7,
            },
            options);
        Assert.Equal([10_000, 100_000], options.Sizes);
    }

    [Theory]
    [InlineData(new string[0], "--kit is required")]
    [InlineData(new[] { "--sizes", "100000" }, "--kit is required")]
    [InlineData(new[] { "--kit" }, "--kit needs a value")]
    [InlineData(new[] { "--kit", "k", "--sizes", "," }, "--sizes names no size")]
    [InlineData(new[] { "--kit", "k", "--sizes", "100k" }, "'100k' is not a positive whole number")]
    [InlineData(new[] { "--kit", "k", "--pairs", "0" }, "'0' is not a positive whole number")]
    [InlineData(new[] { "--kit", "k", "--iterations", "5" }, "Unknown argument '--iterations'")]
    public void Parse_names_what_is_wrong(string[] args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => PeerOptions.Parse(args));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
