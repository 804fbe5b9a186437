using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Subscriptions;

/// <summary>
/// The root subscription: <c>graphChanged</c>, fed by the registered <see cref="IGraphChangeFeed"/> (every write on
/// any instance sharing the version channel, or this instance's own writes without one), and <c>entityChanged</c>,
/// whose streams share one <see cref="EntityChangeHub"/> that reads each new graph version once for all of them.
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
        Field<EntityInterface>("entityChanged")
            .Description("The entity each time it changes (its `version` moves on), after a write on any instance; null once when it is deleted, and then the stream ends. Writes elsewhere in the graph push nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the entity to follow.")
            .ResolveStreamAsync(async context =>
            {
                var id = context.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var typeName, out var key) || !EntityKinds.TryParse(typeName, out var kind))
                {
                    throw new ValidationException("id", ErrorCodes.InvalidId, $"'{id}' is not the global id of an entity (base64 of \"TypeName:key\").");
                }

                // Without a change feed, refuse with its code before reading anything.
                _ = Feed(services);
                var store = services.GetRequiredService<IGraphStore>();
                var entity = (await store.GetEntitiesAsync([key], context.CancellationToken)).SingleOrDefault(e => e.Kind == kind)
                    ?? throw new EntityNotFoundException(key, kind.ToString());
                return services.GetRequiredService<EntityChangeHub>().Follow(entity);
            });
    }

    private static IGraphChangeFeed Feed(IServiceProvider services) =>
        services.GetService<IGraphChangeFeed>()
        ?? throw new ExecutionError("Graph changes cannot be followed: this host registers no change feed.")
        {
            Code = ErrorCodes.ChangeFeedUnavailable,
        };
}
