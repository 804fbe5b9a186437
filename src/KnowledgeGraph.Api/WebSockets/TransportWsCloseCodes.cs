namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// The close codes this server uses: those of the <c>graphql-transport-ws</c> protocol, and two of its own for its
/// limits (<see cref="IdleTimeout"/>, <see cref="TooManyMessages"/>). Its own are in the private range 4000–4999, away
/// from every code the protocol and the <c>graphql-ws</c> client name (4004, 4005, 4400, 4401, 4403, 4406, 4408, 4409,
/// 4429, 4499, 4500, 4504), and not among those that client treats as fatal: it reconnects after them with its back-off,
/// and, lazy by default, only once it has an operation to run again.
/// </summary>
public static class TransportWsCloseCodes
{
    /// <summary>A message that is not valid JSON, has no known type, or lacks a required field.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>Credentials in the <c>connection_init</c> payload were refused.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client offered no <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within <c>GraphQL:WebSockets:ConnectionInitTimeoutSeconds</c>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary><c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>
    /// This server's own: the socket was acknowledged but ran no operation for
    /// <c>GraphQL:WebSockets:IdleTimeoutSeconds</c>. Modelled on HTTP 410 (the server let the connection go), because
    /// 4408, the protocol's timeout, already means "no <c>connection_init</c>" and clients react to it as such.
    /// </summary>
    public const int IdleTimeout = 4410;

    /// <summary>
    /// This server's own: the client sent more than <c>GraphQL:WebSockets:MaxMessagesPerWindow</c> messages per
    /// <c>MessageWindowSeconds</c>. The protocol's 4429 means a second <c>connection_init</c>; 420 is the status
    /// HTTP APIs used for rate limiting before 429 existed.
    /// </summary>
    public const int TooManyMessages = 4420;

    /// <summary>The server failed unexpectedly.</summary>
    public const int InternalServerError = 4500;
}
