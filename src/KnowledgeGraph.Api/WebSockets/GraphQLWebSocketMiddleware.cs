using GraphQL;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// Takes WebSocket upgrades at <c>/graphql</c> (when <c>GraphQL:WebSockets:Enabled</c>) and speaks
/// <c>graphql-transport-ws</c> on them; every other request passes on to GraphQL over HTTP. A client that offers
/// no <c>graphql-transport-ws</c> subprotocol is accepted and closed at once with 4406.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(
    RequestDelegate next,
    SocketOperationExecutor executor,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLWebSocketSettings> settings,
    IOptions<RateLimiterOptions> rateLimiting,
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
}
