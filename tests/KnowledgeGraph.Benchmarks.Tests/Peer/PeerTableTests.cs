using KnowledgeGraph.Benchmarks.Peer;
using KnowledgeGraph.Benchmarks.WriteThenTraverse;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class PeerTableTests
{
    private static readonly PeerSizeResult Result = new()
    {
        Relationships = 100_000,
        Entities = 20_000,
        ProjectImport = new ChildUsage(WallSeconds: 10, UserSeconds: 4, SystemSeconds: 1, PeakRssKib: 300 * 1024),
        ProjectDatabaseBytes = 42_000_000,
        Floor = new SqliteFloorResult(InsertSeconds: 1.25, IndexSeconds: 0.75, FullTextSeconds: 0.25, CommitSeconds: 0.25, Bytes: 41_500_000),
        KuzuImport = new ChildUsage(WallSeconds: 0.8, UserSeconds: 0.4, SystemSeconds: 0.1, PeakRssKib: 150 * 1024),
        KuzuCopy = new KuzuCopyResult(CopyMs: 500, Bytes: 7_000_000),
        Listening = new ListeningStart(ListeningSeconds: 1.5, ReadySeconds: 2.25, FirstTraversalMs: 900),
        Ready = new ReadyStart(ReadySeconds: 2.5, FirstRequestMs: 300, FirstTraversalMs: 40),
        Comparison = new KitComparison(
            Pairs: 200,
            Floor: new Percentiles(0.5, 2),
            ProjectShortestPath: new Percentiles(2, 30),
            ProjectFound: 190,
            ProjectNeighborhood: new Percentiles(4, 40),
            ProjectCachedShortestPath: new Percentiles(0.6, 1.2),
            KuzuShortestPath: new Percentiles(10, 60),
            KuzuFound: 189,
            KuzuTwoHop: new Percentiles(2, 20),
            KuzuImportMs: 450),
        ComparisonProcess = new ChildUsage(WallSeconds: 20, UserSeconds: 10, SystemSeconds: 1, PeakRssKib: 250 * 1024),
        Rounds = 50,
        AfterWrite = new Percentiles(6, 35),
        WithoutWrites = new Percentiles(7, 40),
        Writes = new Percentiles(3, 50),
        ServingPeakRssMib = 200,
        ServingEndRssMib = 180,
    };

    [Fact]
    public void Rates_are_relationships_per_second_of_the_import_process_and_of_Kuzus_COPY()
    {
        Assert.Equal(10_000, Result.ProjectImportRate);
        Assert.Equal(200_000, Result.KuzuCopyRate);
    }

    [Fact]
    public void The_SQLite_floor_takes_the_time_of_its_phases_and_its_rate_from_it()
    {
        Assert.Equal(2.5, Result.Floor.TotalSeconds);
        Assert.Equal(40_000, Result.FloorRate);
    }

    [Fact]
    public void Render_sets_the_SQLite_floor_against_Kuzus_COPY_with_its_phases()
    {
        var rows = PeerTable.Render(Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(
            "| SQLite alone writing the same store from the imported rows (no application code), s (Kuzu: its `COPY` statements) | 2.50 | 0.50 | 5.00× |", rows);
        Assert.Contains("| SQLite alone, rate, relationships/s (Kuzu: its `COPY` statements) | 40,000 | 200,000 | 0.20× |", rows);
        Assert.Contains("| SQLite alone by phase, s: rows inserted / indexes / full-text / commit (file 41.5 MB) | 1.25 / 0.75 / 0.25 / 0.25 | — | — |", rows);
    }

    [Theory]
    [InlineData(10_000, 200_000, "0.05×")]
    [InlineData(2, 10, "0.20×")]
    [InlineData(300, 150, "2.00×")]
    [InlineData(1, 0, "—")]
    [InlineData(double.NaN, 10, "—")]
    public void Ratio_is_project_over_Kuzu(double project, double kuzu, string expected)
    {
        Assert.Equal(expected, PeerTable.Ratio(project, kuzu));
    }

    [Fact]
    public void Render_pairs_both_sides_row_by_row()
    {
        var rows = PeerTable.Render(Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("| 100,000 relationships, 20,000 entities | project | Kuzu 0.11.3 | project ÷ Kuzu |", rows[0]);
        Assert.Contains("| import rate, relationships/s (project: whole import process; Kuzu: its two `COPY` statements) | 10,000 | 200,000 | 0.05× |", rows);
        Assert.Contains("| import wall s, whole process | 10.00 | 0.80 | 12.50× |", rows);
        Assert.Contains("| Kuzu `COPY` statements alone, s (and when compare_traversals.mjs loads the graph again) | — | 0.50 (0.45) | — |", rows);
        Assert.Contains("| import CPU s (user + system), whole process | 5.00 | 0.50 | 10.00× |", rows);
        Assert.Contains("| import peak resident memory, MiB | 300 | 150 | 2.00× |", rows);
        Assert.Contains("| database size, MB | 42.0 | 7.0 | 6.00× |", rows);
        Assert.Contains("| shortest path (max 6), uncached, p50 ms (200 pairs) | 2.00 | 10.00 | 0.20× |", rows);
        Assert.Contains("| shortest path, p99 ms | 30.00 | 60.00 | 0.50× |", rows);
        Assert.Contains("| pairs with a path found | 190 / 200 | 189 / 200 | — |", rows);
        Assert.Contains("| depth 2, p99 ms | 40.00 | 20.00 | 2.00× |", rows);
        Assert.Contains("| traversal right after a `createCompany`, p50 / p99 ms (50 rounds) | 6.00 / 35.00 | — | — |", rows);
        Assert.Contains("| first traversal sent the moment `/healthz` answers, ms (listening after 1.50 s, ready after 2.25 s) | 900 | — | — |", rows);
        Assert.Contains("| first traversal once `/readyz` answers, ms (ready after 2.50 s; a first `{ __typename }` took 300 ms) | 40 | — | — |", rows);
        Assert.Contains("| memory while serving, peak MiB (project: API process from ready to the last round; Kuzu: the comparison process) | 200 | 250 | 0.80× |", rows);
        Assert.Contains("| memory after the last round, MiB | 180 | — | — |", rows);
    }
}
