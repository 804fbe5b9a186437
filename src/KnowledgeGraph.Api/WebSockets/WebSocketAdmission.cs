namespace KnowledgeGraph.Api.WebSockets;

/// <summary>Whether a new socket may open, or which of the socket limits refuses it.</summary>
public enum WebSocketAdmission
{
    Admitted,

    /// <summary>The client already holds <c>GraphQL:WebSockets:MaxConnectionsPerClient</c> sockets.</summary>
    ClientAtLimit,

    /// <summary>This instance already holds <c>GraphQL:WebSockets:MaxConnections</c> sockets.</summary>
    ServerAtLimit,
}
