using System.Net;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// A request's <see cref="ClientKey"/>, computed once per request: the first reader (the rate limiter, or the WebSocket
/// upgrade) computes it from the peer address, which the forwarded-headers middleware has settled by then, and keeps it
/// in the request's features as a <see cref="ClientKeyFeature"/>; every later reader (preparation, the response cache,
/// each operation of a socket, which all share the upgrade request) is handed the same key.
/// </summary>
public class ClientKeys
{
    public string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<ClientKeyFeature>() is { } known)
        {
            return known.Key;
        }

        var key = Compute(context.Connection.RemoteIpAddress);
        context.Features.Set(new ClientKeyFeature(key));
        return key;
    }

    /// <summary>Virtual so that a test can count how often a key is computed.</summary>
    protected virtual string Compute(IPAddress? address) => ClientKey.For(address);
}
