using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.WebSockets;

public static class WebSocketRegistration
{
    /// <summary>GraphQL over WebSocket: settings <c>GraphQL:WebSockets</c>, the executor of socket operations and the
    /// count of open sockets.</summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services)
    {
        services.AddSettings<GraphQLWebSocketSettings>(GraphQLWebSocketSettings.Section);
        services.AddSingleton<SocketOperationExecutor>();
        services.AddSingleton<WebSocketConnectionTracker>();
        return services;
    }

    /// <summary>Takes <c>graphql-transport-ws</c> upgrades in the <c>/graphql</c> branch; other requests pass on.</summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder graphql)
    {
        graphql.UseWebSockets();
        graphql.UseMiddleware<GraphQLWebSocketMiddleware>();
        return graphql;
    }
}
