using KnowledgeGraph.Benchmarks.Peer;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class KitComparisonTests
{
    // The shape compare_traversals.mjs prints (JSON.stringify(out, null, 1)), with figures of a 10k run.
    private const string Output = """
        {
         "nodes": 2000,
         "edges": 10000,
         "pairs": 20,
         "firstTraversalMs": 12,
         "typenameFloor": { "p50": 0.82, "p99": 61.92 },
         "project": {
          "shortestPath": { "p50": 2.87, "p99": 30.18, "found": 19 },
          "neighborhood2": { "p50": 5.76, "p99": 39.74, "meanNodes": 41, "truncated": 0 }
         },
         "projectCached": {
          "shortestPath": { "p50": 0.74, "p99": 1.01 },
          "neighborhood2": { "p50": 0.9, "p99": 2.2 }
         },
         "kuzu": {
          "importMs": 251,
          "shortestPath": { "p50": 3.62, "p99": 23.64, "found": 18 },
          "twoHopCount": { "p50": 1.61, "p99": 23.8 }
         },
         "ratio": { "spP50KuzuOverProject": 1.26, "spP99KuzuOverProject": 0.78 }
        }
        """;

    [Fact]
    public void Parse_reads_both_sides_of_the_same_pairs()
    {
        var comparison = KitComparison.Parse(Output);

        Assert.Equal(
            new KitComparison(
                Pairs: 20,
                Floor: new Percentiles(0.82, 61.92),
                ProjectShortestPath: new Percentiles(2.87, 30.18),
                ProjectFound: 19,
                ProjectNeighborhood: new Percentiles(5.76, 39.74),
                ProjectCachedShortestPath: new Percentiles(0.74, 1.01),
                KuzuShortestPath: new Percentiles(3.62, 23.64),
                KuzuFound: 18,
                KuzuTwoHop: new Percentiles(1.61, 23.8),
                KuzuImportMs: 251),
            comparison);
    }

    [Fact]
    public void Parse_skips_what_node_printed_before_the_object()
    {
        var comparison = KitComparison.Parse("(node:123) ExperimentalWarning: something\n" + Output);

        Assert.Equal(20, comparison.Pairs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TypeError: fetch failed")]
    [InlineData("{ \"pairs\": 20 }")]
    [InlineData("{ \"pairs\": 20, \"typenameFloor\": { \"p50\": 1 }")]
    public void Parse_names_the_script_when_its_output_is_not_the_expected_JSON(string output)
    {
        var error = Assert.Throws<FormatException>(() => KitComparison.Parse(output));

        Assert.Contains("compare_traversals.mjs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_an_output_without_Kuzus_side()
    {
        var withoutKuzu = Output.Replace("\"kuzu\":", "\"other\":", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => KitComparison.Parse(withoutKuzu));
    }
}
