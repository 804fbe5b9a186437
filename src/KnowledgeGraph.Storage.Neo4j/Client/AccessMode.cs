namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Where a cluster routes a request: <see cref="Read"/> may go to a reader, <see cref="Write"/> goes to the leader.</summary>
public enum AccessMode
{
    Read,
    Write,
}
