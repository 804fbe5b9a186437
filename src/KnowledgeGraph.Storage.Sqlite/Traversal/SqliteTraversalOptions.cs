namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>Options of the SQLite traversal, bound from <see cref="SectionName"/>.</summary>
public sealed class SqliteTraversalOptions
{
    public const string SectionName = "Storage:Sqlite:Traversal";

    public SqliteAdjacencyMode Adjacency { get; set; } = SqliteAdjacencyMode.Index;
}
