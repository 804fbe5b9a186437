using KnowledgeGraph.Benchmarks.Peer;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class PeerKitTests : IDisposable
{
    private readonly DirectoryInfo _kit = Directory.CreateTempSubdirectory("kg-peer-kit-");

    [Fact]
    public void Open_names_the_scripts_the_folder_lacks()
    {
        File.WriteAllText(Path.Combine(_kit.FullName, "gen_graph.py"), "");

        var error = Assert.Throws<ArgumentException>(() => PeerKit.Open(_kit.FullName));

        Assert.Contains("no to_kg_csv.py, compare_traversals.mjs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_takes_a_folder_with_the_three_scripts_and_runs_the_comparison_from_there()
    {
        foreach (var script in PeerKit.Scripts)
        {
            File.WriteAllText(Path.Combine(_kit.FullName, script), "");
        }

        var kit = PeerKit.Open(_kit.FullName);

        Assert.Equal(Path.Combine(_kit.FullName, "compare_traversals.mjs"), kit.CompareScript);
    }

    public void Dispose() => _kit.Delete(recursive: true);
}
