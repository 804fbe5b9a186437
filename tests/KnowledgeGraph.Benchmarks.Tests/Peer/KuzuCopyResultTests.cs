using KnowledgeGraph.Benchmarks.Peer;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class KuzuCopyResultTests
{
    [Fact]
    public void Parse_reads_the_last_line_of_the_script()
    {
        var result = KuzuCopyResult.Parse("a warning Kuzu printed\n{\"nodesMs\":107.2,\"edgesMs\":76,\"copyMs\":183.2,\"bytes\":4059136}\n");

        Assert.Equal(new KuzuCopyResult(183.2, 4_059_136), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"copyMs\":183.2}")]
    [InlineData("{\"bytes\":4059136}")]
    [InlineData("{\"copyMs\":\"fast\",\"bytes\":4059136}")]
    [InlineData("Error: Copy exception")]
    public void Parse_names_the_script_when_its_result_is_missing(string output)
    {
        var error = Assert.Throws<FormatException>(() => KuzuCopyResult.Parse(output));

        Assert.Contains("kuzu-copy.mjs", error.Message, StringComparison.Ordinal);
    }
}
