namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>What a statement returned: its fields, its rows, the bookmarks of the transaction and, if asked for, counters.</summary>
public sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<QueryRecord> Records,
    IReadOnlyList<string> Bookmarks,
    QueryCounters? Counters)
{
    public QueryRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected exactly one row but the statement returned {Records.Count}.");
}
