using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// The peer kit (<c>--kit</c>, e.g. <c>../shared/bench</c>), whose scripts are run where they are, never copied:
/// <c>gen_graph.py</c> makes the graph, <c>to_kg_csv.py</c> turns it into this project's CSV import layout, and
/// <c>compare_traversals.mjs</c> compares traversals. Graphs are kept in the data folder and reused when complete.
/// </summary>
public sealed class PeerKit
{
    public static readonly string[] Scripts = ["gen_graph.py", "to_kg_csv.py", "compare_traversals.mjs"];

    private const string CompleteMarker = ".complete";

    private PeerKit(string directory) => Directory = directory;

    public string Directory { get; }

    public string CompareScript => Path.Combine(Directory, "compare_traversals.mjs");

    public static PeerKit Open(string directory)
    {
        var full = Path.GetFullPath(directory);
        var missing = Scripts.Where(s => !File.Exists(Path.Combine(full, s))).ToList();
        return missing.Count == 0
            ? new PeerKit(full)
            : throw new ArgumentException($"--kit {directory}: no {string.Join(", ", missing)} in {full}.");
    }

    /// <summary>
    /// The graph of <paramref name="relationships"/> edges (<c>nodes.csv</c>, <c>edges.csv</c>) and its CSV import files
    /// (<c>sources.csv</c>, <c>entities.csv</c>, <c>relationships.csv</c>), generated unless a previous run completed them.
    /// </summary>
    public async Task<(string GraphDirectory, string CsvDirectory)> EnsureGraphAsync(int relationships, string dataDirectory, TextWriter log)
    {
        var size = relationships.ToString(CultureInfo.InvariantCulture);
        var graph = Path.Combine(dataDirectory, $"graph-{size}");
        var csv = Path.Combine(dataDirectory, $"kg-csv-{size}");
        await EnsureAsync(graph, "gen_graph.py", [size, graph], log);
        await EnsureAsync(csv, "to_kg_csv.py", [graph, csv], log);
        return (graph, csv);
    }

    private async Task EnsureAsync(string output, string script, string[] arguments, TextWriter log)
    {
        var marker = Path.Combine(output, CompleteMarker);
        if (File.Exists(marker))
        {
            log.WriteLine($"Reusing {output} (made by {script} in an earlier run).");
            return;
        }

        log.WriteLine($"Running {script} {string.Join(' ', arguments)}");
        System.IO.Directory.CreateDirectory(output);
        await TimedChild.RunAsync("python3", [Path.Combine(Directory, script), .. arguments], Path.Combine(output, script + ".log"));
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    }
}
