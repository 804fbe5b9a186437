using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// One size's figures as a markdown table: the project and Kuzu side by side, and where both sides have the figure
/// their paired ratio, always project ÷ Kuzu (below 1: the project takes less time, memory or disk, or loads slower).
/// </summary>
public static class PeerTable
{
    private const string None = "—";

    public static string Render(PeerSizeResult r)
    {
        var text = new StringBuilder();
        void Row(string measure, string project, string kuzu, string ratio) =>
            text.Append(CultureInfo.InvariantCulture, $"| {measure} | {project} | {kuzu} | {ratio} |\n");
        void Paired(string measure, double project, double kuzu, string format) =>
            Row(measure, Format(project, format), Format(kuzu, format), Ratio(project, kuzu));

        text.Append(CultureInfo.InvariantCulture,
            $"| {r.Relationships:N0} relationships, {r.Entities:N0} entities | project | Kuzu 0.11.3 | project ÷ Kuzu |\n");
        text.Append("|---|---:|---:|---:|\n");
        Paired("import rate, relationships/s (project: whole import process; Kuzu: its two `COPY` statements)", r.ProjectImportRate, r.KuzuCopyRate, "N0");
        Paired("import wall s, whole process", r.ProjectImport.WallSeconds, r.KuzuImport.WallSeconds, "F2");
        Row("Kuzu `COPY` statements alone, s (and when compare_traversals.mjs loads the graph again)", None,
            $"{Format(r.KuzuCopy.CopyMs / 1000, "F2")} ({Format(r.Comparison.KuzuImportMs / 1000, "F2")})", None);
        Paired("SQLite alone writing the same store from the imported rows (no application code), s (Kuzu: its `COPY` statements)",
            r.Floor.TotalSeconds, r.KuzuCopy.CopyMs / 1000, "F2");
        Paired("SQLite alone, rate, relationships/s (Kuzu: its `COPY` statements)", r.FloorRate, r.KuzuCopyRate, "N0");
        Row(string.Create(CultureInfo.InvariantCulture, $"SQLite alone by phase, s: rows inserted / indexes / full-text / commit (file {r.Floor.Bytes / 1e6:F1} MB)"),
            $"{Format(r.Floor.InsertSeconds, "F2")} / {Format(r.Floor.IndexSeconds, "F2")} / {Format(r.Floor.FullTextSeconds, "F2")} / {Format(r.Floor.CommitSeconds, "F2")}",
            None, None);
        Paired("import CPU s (user + system), whole process", r.ProjectImport.CpuSeconds, r.KuzuImport.CpuSeconds, "F2");
        Paired("import peak resident memory, MiB", r.ProjectImport.PeakRssMib, r.KuzuImport.PeakRssMib, "F0");
        Paired("database size, MB", r.ProjectDatabaseBytes / 1e6, r.KuzuCopy.Bytes / 1e6, "F1");
        var c = r.Comparison;
        Paired($"shortest path (max 6), uncached, p50 ms ({c.Pairs} pairs)", c.ProjectShortestPath.P50, c.KuzuShortestPath.P50, "F2");
        Paired("shortest path, p99 ms", c.ProjectShortestPath.P99, c.KuzuShortestPath.P99, "F2");
        Row("pairs with a path found", Count(c.ProjectFound, c.Pairs), Count(c.KuzuFound, c.Pairs), None);
        Paired("depth 2, uncached, p50 ms (project: `neighborhood` depth 2; Kuzu: 2-hop count)", c.ProjectNeighborhood.P50, c.KuzuTwoHop.P50, "F2");
        Paired("depth 2, p99 ms", c.ProjectNeighborhood.P99, c.KuzuTwoHop.P99, "F2");
        Row("shortest path asked again (cached), p50 / p99 ms", Pair(c.ProjectCachedShortestPath), None, None);
        Row("client floor `{ __typename }` over HTTP, p50 / p99 ms", Pair(c.Floor), None, None);
        Row($"traversal right after a `createCompany`, p50 / p99 ms ({r.Rounds} rounds)", Pair(r.AfterWrite), None, None);
        Row("the same run's traversals without writes, p50 / p99 ms", Pair(r.WithoutWrites), None, None);
        Row("`createCompany`, p50 / p99 ms", Pair(r.Writes), None, None);
        Row(string.Create(CultureInfo.InvariantCulture,
                $"first traversal sent the moment `/healthz` answers, ms (listening after {r.Listening.ListeningSeconds:F2} s, ready after {r.Listening.ReadySeconds:F2} s)"),
            Format(r.Listening.FirstTraversalMs, "F0"), None, None);
        Row(string.Create(CultureInfo.InvariantCulture,
                $"first traversal once `/readyz` answers, ms (ready after {r.Ready.ReadySeconds:F2} s; a first `{{ __typename }}` took {r.Ready.FirstRequestMs:F0} ms)"),
            Format(r.Ready.FirstTraversalMs, "F0"), None, None);
        Paired("memory while serving, peak MiB (project: API process from ready to the last round; Kuzu: the comparison process)",
            r.ServingPeakRssMib, r.ComparisonProcess.PeakRssMib, "F0");
        Row("memory after the last round, MiB", Format(r.ServingEndRssMib, "F0"), None, None);
        return text.ToString();
    }

    /// <summary>project ÷ Kuzu to two decimals, or a dash when Kuzu's figure is zero (a ratio would be meaningless).</summary>
    public static string Ratio(double project, double kuzu) =>
        kuzu > 0 && double.IsFinite(project) ? string.Create(CultureInfo.InvariantCulture, $"{project / kuzu:F2}×") : None;

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : None;

    private static string Pair(Percentiles p) => $"{Format(p.P50, "F2")} / {Format(p.P99, "F2")}";

    private static string Count(int found, int pairs) => string.Create(CultureInfo.InvariantCulture, $"{found} / {pairs}");
}
