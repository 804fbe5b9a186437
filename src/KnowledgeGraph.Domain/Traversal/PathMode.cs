namespace KnowledgeGraph.Domain.Traversal;

public enum PathMode
{
    /// <summary>One shortest path.</summary>
    Shortest,

    /// <summary>Every path of the shortest length.</summary>
    AllShortest,

    /// <summary>All simple paths up to the maximum length, shortest first, at most as many as asked for.</summary>
    All,
}
