using KnowledgeGraph.Benchmarks.WriteThenTraverse;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>Everything the <c>peer</c> mode measured for one graph size, in one run.</summary>
public sealed record PeerSizeResult
{
    public required int Relationships { get; init; }

    public required int Entities { get; init; }

    /// <summary>The project's CSV import, the whole <c>KnowledgeGraph.Api import</c> process.</summary>
    public required ChildUsage ProjectImport { get; init; }

    /// <summary>The SQLite file after the import, with its write-ahead log.</summary>
    public required long ProjectDatabaseBytes { get; init; }

    /// <summary>SQLite alone writing the same store from the imported file's rows (<see cref="SqliteFloor"/>).</summary>
    public required SqliteFloorResult Floor { get; init; }

    /// <summary>The whole <c>kuzu-copy.mjs</c> process.</summary>
    public required ChildUsage KuzuImport { get; init; }

    public required KuzuCopyResult KuzuCopy { get; init; }

    public required ListeningStart Listening { get; init; }

    public required ReadyStart Ready { get; init; }

    public required KitComparison Comparison { get; init; }

    /// <summary>The whole <c>compare_traversals.mjs</c> process: its peak is Kuzu's memory while loading and answering.</summary>
    public required ChildUsage ComparisonProcess { get; init; }

    public required int Rounds { get; init; }

    public required Percentiles AfterWrite { get; init; }

    public required Percentiles WithoutWrites { get; init; }

    public required Percentiles Writes { get; init; }

    /// <summary>The API's resident memory, the highest sampled from ready to the end of the rounds.</summary>
    public required double ServingPeakRssMib { get; init; }

    /// <summary>The API's resident memory after the last round.</summary>
    public required double ServingEndRssMib { get; init; }

    /// <summary>Relationships per second of the whole import process's wall time: what a user waits for.</summary>
    public double ProjectImportRate => Relationships / ProjectImport.WallSeconds;

    /// <summary>Relationships per second of Kuzu's two <c>COPY</c> statements (the comparison).</summary>
    public double KuzuCopyRate => Relationships / (KuzuCopy.CopyMs / 1000);

    /// <summary>Relationships per second of SQLite alone writing the store: no import on this store can go faster.</summary>
    public double FloorRate => Relationships / Floor.TotalSeconds;
}
