namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// What <see cref="SqliteFloor"/> measured, phase by phase, all inside one transaction: the rows inserted into the
/// empty tables, the indexes built, the full-text index filled (and its triggers created), and the commit.
/// <see cref="Bytes"/> is the size of the file written, to set beside the imported file's.
/// </summary>
public sealed record SqliteFloorResult(double InsertSeconds, double IndexSeconds, double FullTextSeconds, double CommitSeconds, long Bytes)
{
    /// <summary>From <c>BEGIN IMMEDIATE</c> to the end of <c>COMMIT</c>: the phases follow one another on one clock.</summary>
    public double TotalSeconds => InsertSeconds + IndexSeconds + FullTextSeconds + CommitSeconds;
}
