namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>A failure worth retrying: a transient Neo4j error, a 503, a dropped connection, a timeout.</summary>
internal sealed class Neo4jTransientException(string message, Exception? inner = null) : Exception(message, inner);
