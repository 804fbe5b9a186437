namespace KnowledgeGraph.Api.WebSockets;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol this server uses.</summary>
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

    /// <summary>The server failed unexpectedly.</summary>
    public const int InternalServerError = 4500;
}
