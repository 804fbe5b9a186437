namespace KnowledgeGraph.Api.Http.RateLimiting;

/// <summary>The bucket a request counts against; each client has one bucket per policy.</summary>
public enum RateLimitPolicy
{
    /// <summary><c>/graphql</c> (HTTP, IDE, WebSocket) and every path the service does not know.</summary>
    Api,

    /// <summary><c>/export/*</c> downloads.</summary>
    Export,

    /// <summary><c>/healthz</c> and <c>/readyz</c>.</summary>
    Health,
}
