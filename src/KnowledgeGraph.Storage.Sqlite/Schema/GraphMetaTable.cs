namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>A single row (<see cref="Id"/> = 1) holding store-wide values such as the graph version.</summary>
public static class GraphMetaTable
{
    public const string Name = "graph_meta";
    public const string Id = "id";
    public const string GraphVersion = "graph_version";
}
