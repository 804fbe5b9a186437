namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>One entry of a Query API <c>errors</c> list, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
public sealed record Neo4jServerError(string Code, string Message)
{
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        || Code is "Neo.ClientError.Cluster.NotALeader";
}
