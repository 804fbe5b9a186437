using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Subscriptions;

/// <summary>
/// The root subscription: <c>graphChanged</c>, fed by the registered <see cref="IGraphChangeFeed"/> (every write on
/// any instance sharing the version channel, or this instance's own writes without one).
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IServiceProvider services)
    {
        Name = "Subscription";
        Description = "Pushes over WebSocket (`graphql-transport-ws`) when the knowledge graph changes.";
        Field<NonNullGraphType<GraphChangeType>>("graphChanged")
            .Description("An event each time the graph version advances after a write on any instance. It does not say which entities changed.")
            .ResolveStream(_ => Feed(services).Changes);
    }

    private static IGraphChangeFeed Feed(IServiceProvider services) =>
        services.GetService<IGraphChangeFeed>()
        ?? throw new ExecutionError("Graph changes cannot be followed: no change feed is registered (Caching:Enabled is false).")
        {
            Code = ErrorCodes.ChangeFeedUnavailable,
        };
}
