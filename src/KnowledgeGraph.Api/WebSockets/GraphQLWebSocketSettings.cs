using KnowledgeGraph.Configuration;

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

    /// <summary><c>GraphQL:WebSockets:MaxConnectionsPerClient</c> (default 20): open sockets per client (the key of
    /// <see cref="Http.ClientKey"/>); one more upgrade is refused with 429 and <c>LIMIT_EXCEEDED</c>.</summary>
    public int MaxConnectionsPerClient { get; set; } = 20;

    /// <summary><c>GraphQL:WebSockets:MaxConnections</c> (default 1000): open sockets on this instance; one more upgrade
    /// is refused with 503 and <c>LIMIT_EXCEEDED</c>.</summary>
    public int MaxConnections { get; set; } = 1000;

    /// <summary><c>GraphQL:WebSockets:IdleTimeoutSeconds</c> (default 60): how long an acknowledged socket may run no
    /// operation at all; then it is closed with 4410. Pings do not count as operations.</summary>
    public double IdleTimeoutSeconds { get; set; } = 60;

    /// <summary><c>GraphQL:WebSockets:MaxMessagesPerWindow</c> (default 100): messages (of any type) a socket may send
    /// at once; with <see cref="MessageWindowSeconds"/> the size and refill time of its token bucket. A message with
    /// the bucket empty closes the socket with 4420.</summary>
    public int MaxMessagesPerWindow { get; set; } = 100;

    /// <summary><c>GraphQL:WebSockets:MessageWindowSeconds</c> (default 10): the time in which an empty message bucket
    /// fills up again (continuously, so the sustained rate is <see cref="MaxMessagesPerWindow"/> per this many seconds).</summary>
    public double MessageWindowSeconds { get; set; } = 10;

    public TimeSpan ConnectionInitTimeout => TimeSpan.FromSeconds(ConnectionInitTimeoutSeconds);

    public TimeSpan IdleTimeout => TimeSpan.FromSeconds(IdleTimeoutSeconds);

    public TimeSpan MessageWindow => TimeSpan.FromSeconds(MessageWindowSeconds);

    public IEnumerable<string> Validate(string section)
    {
        if (ConnectionInitTimeoutSeconds <= 0) yield return $"{section}:ConnectionInitTimeoutSeconds must be positive (was {ConnectionInitTimeoutSeconds}).";
        if (MaxMessageBytes < 1024) yield return $"{section}:MaxMessageBytes must be at least 1024 (was {MaxMessageBytes}).";
        if (MaxOperationsPerConnection < 1) yield return $"{section}:MaxOperationsPerConnection must be at least 1 (was {MaxOperationsPerConnection}).";
        if (MaxConnectionsPerClient < 1) yield return $"{section}:MaxConnectionsPerClient must be at least 1 (was {MaxConnectionsPerClient}).";
        if (MaxConnections < 1) yield return $"{section}:MaxConnections must be at least 1 (was {MaxConnections}).";
        if (IdleTimeoutSeconds <= 0) yield return $"{section}:IdleTimeoutSeconds must be positive (was {IdleTimeoutSeconds}).";
        if (MaxMessagesPerWindow < 2) yield return $"{section}:MaxMessagesPerWindow must be at least 2, room for connection_init and one subscribe (was {MaxMessagesPerWindow}).";
        if (MessageWindowSeconds <= 0) yield return $"{section}:MessageWindowSeconds must be positive (was {MessageWindowSeconds}).";
    }
}
