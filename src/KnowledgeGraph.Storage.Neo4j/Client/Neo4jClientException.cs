namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// Neo4j refused a request for a reason retrying will not fix: a Cypher error, bad credentials, a missing database.
/// <see cref="Code"/> is the Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>).
/// </summary>
public sealed class Neo4jClientException(string code, string message, Exception? inner = null)
    : Exception($"Neo4j answered {code}: {message}", inner)
{
    public string Code { get; } = code;

    public string ServerMessage { get; } = message;
}
