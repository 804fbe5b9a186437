namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>Where <see cref="SqliteGraphTraversal"/> reads relationships from while it walks the graph.</summary>
public enum SqliteAdjacencyMode
{
    /// <summary>
    /// An in-memory adjacency index of the whole file, rebuilt when the graph version changes (the first traversal
    /// after a write pays for the rebuild). Fastest; costs memory roughly proportional to the relationship count.
    /// </summary>
    Index,

    /// <summary>One indexed SQL query per breadth-first level. No extra memory; slower on large graphs.</summary>
    Query,
}
