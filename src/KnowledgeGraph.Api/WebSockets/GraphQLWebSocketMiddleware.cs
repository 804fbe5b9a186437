using GraphQL;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// Takes WebSocket upgrades at <c>/graphql</c> (when <c>GraphQL:WebSockets:Enabled</c>) and speaks
/// <c>graphql-transport-ws</c> on them; every other request passes on to GraphQL over HTTP. An upgrade over the socket
/// limits is refused before it is accepted, with a GraphQL error <c>LIMIT_EXCEEDED</c>: 429 when the client holds
/// <c>MaxConnectionsPerClient</c> sockets, 503 when the instance holds <c>MaxConnections</c>. A client that offers no
/// <c>graphql-transport-ws</c> subprotocol is accepted and closed at once with 4406.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(
    RequestDelegate next,
    SocketOperationExecutor executor,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLWebSocketSettings> settings,
    IOptions<RateLimiterOptions> rateLimiting,
    WebSocketConnectionTracker tracker,
    ClientKeys clientKeys,
    GraphQLResponseWriter writer,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketMiddleware> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !settings.Value.Enabled)
        {
            await next(context);
            return;
        }

        // The socket's place is held until the connection has ended, however it ends (close, abort, failure).
        var client = clientKeys.Of(context);
        using var slot = tracker.TryOpen(client);
        if (slot.Admission != WebSocketAdmission.Admitted)
        {
            await RefuseAsync(context, client, slot.Admission);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            WebSocketLog.Closed(logger, TransportWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            await refused.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)TransportWsCloseCodes.SubprotocolNotAcceptable,
                $"Subprotocol not acceptable: use {SubProtocol}", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        using var connection = new GraphQLWebSocketConnection(
            socket, context, executor, serializer, settings.Value, logger, lifetime.ApplicationStopping, rateLimiting.Value.GlobalLimiter);
        await connection.RunAsync();
    }

    private Task RefuseAsync(HttpContext context, string client, WebSocketAdmission admission)
    {
        var limits = settings.Value;
        var (status, message) = admission == WebSocketAdmission.ClientAtLimit
            ? (StatusCodes.Status429TooManyRequests,
                $"This client already has {limits.MaxConnectionsPerClient} WebSockets open; {GraphQLWebSocketSettings.Section}:MaxConnectionsPerClient allows no more.")
            : (StatusCodes.Status503ServiceUnavailable,
                $"The server already has {limits.MaxConnections} WebSockets open; {GraphQLWebSocketSettings.Section}:MaxConnections allows no more.");
        WebSocketLog.Refused(logger, client, message);
        return writer.WriteErrorAsync(context, status, EdgeErrorCodes.LimitExceeded, message);
    }
}
