namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Table and column names of <c>change_sets</c>: one row per change set that changed the graph, keyed by the graph
/// version it produced, holding who made it, why and when — once, however many records it changed.
/// </summary>
public static class ChangeSetsTable
{
    public const string Name = "change_sets";
    public const string GraphVersion = "graph_version";
    public const string Author = "author";
    public const string Comment = "comment";

    /// <summary>UTC time as ISO 8601 round-trip text.</summary>
    public const string At = "at";
}
