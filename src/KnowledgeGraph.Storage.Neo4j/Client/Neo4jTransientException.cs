namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// A failure worth retrying: a transient Neo4j error, a 503, a dropped connection, a timeout. Only when Neo4j itself
/// reported it (<see cref="ReportedByServer"/>) is it known that the request took no effect; otherwise the request may
/// have been carried out with its answer lost on the way back.
/// </summary>
internal sealed class Neo4jTransientException(string message, Exception? inner = null, bool reportedByServer = false) : Exception(message, inner)
{
    public bool ReportedByServer { get; } = reportedByServer;
}
