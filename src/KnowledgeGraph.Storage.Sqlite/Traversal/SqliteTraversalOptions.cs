namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>Options of the SQLite traversal, bound from <see cref="SectionName"/>.</summary>
public sealed class SqliteTraversalOptions
{
    public const string SectionName = "Storage:Sqlite:Traversal";

    public const int DefaultIncrementalMaxChanges = 10_000;

    public SqliteAdjacencyMode Adjacency { get; set; } = SqliteAdjacencyMode.Index;

    /// <summary>
    /// Change-log records the index applies one by one to catch up with the graph version; a larger gap (a big import
    /// by another process) is closed by a full rebuild in the background instead.
    /// </summary>
    public int IncrementalMaxChanges { get; set; } = DefaultIncrementalMaxChanges;

    /// <summary>Build the index in the background as the service starts (readiness reports it) rather than on the first traversal.</summary>
    public bool BuildAtStart { get; set; } = true;

    /// <summary>One message per invalid value, each naming its full configuration key.</summary>
    public IEnumerable<string> Validate()
    {
        if (!Enum.IsDefined(Adjacency))
        {
            yield return $"{SectionName}:{nameof(Adjacency)} must be one of {string.Join(", ", Enum.GetNames<SqliteAdjacencyMode>())}.";
        }

        if (IncrementalMaxChanges <= 0)
        {
            yield return $"{SectionName}:{nameof(IncrementalMaxChanges)} must be positive (it is {IncrementalMaxChanges}).";
        }
    }
}
