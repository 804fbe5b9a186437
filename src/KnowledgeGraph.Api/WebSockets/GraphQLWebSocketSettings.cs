using KnowledgeGraph.Api.Configuration;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>Section <c>GraphQL:WebSockets</c>: GraphQL over WebSocket (<c>graphql-transport-ws</c>) at <c>/graphql</c>.</summary>
public sealed class GraphQLWebSocketSettings : ISettings
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary><c>GraphQL:WebSockets:Enabled</c> (default true): accept WebSocket upgrades at <c>/graphql</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>GraphQL:WebSockets:ConnectionInitTimeoutSeconds</c> (default 10): how long a client may wait before
    /// <c>connection_init</c>; later, the socket is closed with 4408.</summary>
    public double ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary><c>GraphQL:WebSockets:MaxMessageBytes</c> (default 256 KiB): a larger message closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary><c>GraphQL:WebSockets:MaxOperationsPerConnection</c> (default 50): running operations per socket; one
    /// more is answered with an <c>error</c> message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 50;

    public TimeSpan ConnectionInitTimeout => TimeSpan.FromSeconds(ConnectionInitTimeoutSeconds);

    public IEnumerable<string> Validate(string section)
    {
        if (ConnectionInitTimeoutSeconds <= 0) yield return $"{section}:ConnectionInitTimeoutSeconds must be positive (was {ConnectionInitTimeoutSeconds}).";
        if (MaxMessageBytes < 1024) yield return $"{section}:MaxMessageBytes must be at least 1024 (was {MaxMessageBytes}).";
        if (MaxOperationsPerConnection < 1) yield return $"{section}:MaxOperationsPerConnection must be at least 1 (was {MaxOperationsPerConnection}).";
    }
}
