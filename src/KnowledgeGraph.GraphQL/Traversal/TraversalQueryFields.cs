using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// The traversal fields of the root query: <c>neighborhood</c> ("what surrounds X?"), <c>paths</c> ("how is A linked to
/// B?") and <c>connect</c> (the small subgraph linking a few entities). Arguments are checked (see
/// <see cref="TraversalArguments"/>) against <see cref="TraversalOptions"/> before the store is asked anything.
/// The <see cref="IGraphTraversal"/> is looked up when a field runs, so a host that registers only a store still
/// builds the schema (its traversal fields then fail as internal errors).
/// </summary>
public sealed class TraversalQueryFields(IGraphStore store, IServiceProvider services, IOptions<TraversalOptions> options)
    : IQueryFieldContributor
{
    private IGraphTraversal Traversal => services.GetRequiredService<IGraphTraversal>();

    public void AddFields(ObjectGraphType query)
    {
        var limits = options.Value;

        query.Field<NonNullGraphType<SubgraphType>>("neighborhood")
            .Description("What surrounds an entity: everything within depth hops, following the given relationship types and "
                + $"direction, entering only the given kinds (the entity itself is always kept). At most {limits.MaxExpansionPerNode} "
                + "relationships are followed from any one entity; truncated says a limit cut something off.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The entity at the centre: {IdOrKey.BothForms}.")
            .Argument<IntGraphType>("depth", $"How many hops out, 0 to {limits.MaxDepth}.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relationshipTypes", "Relationship types to follow; all when left out.")
            .Argument<RelationshipDirectionType>("direction", "Which way to follow relationships.", a => a.DefaultValue = RelationshipDirection.Both)
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Kinds of entity to enter; all when left out.")
            .Argument<IntGraphType>("limit", $"Most entities to return, root included, 1 to {limits.MaxNodes} (the maximum when left out).")
            .ResolveAsync(async context =>
            {
                var root = EntityReference.Parse(context.GetArgument<string>("id"), "id");
                var spec = new NeighborhoodSpec
                {
                    RootKey = root.Key,
                    Depth = TraversalArguments.Bounded(context.GetArgument("depth", 1), "depth", 0, limits.MaxDepth),
                    RelationshipTypes = TraversalArguments.RelationshipTypes(
                        context.GetArgument<List<string>?>("relationshipTypes"), "relationshipTypes"),
                    Direction = TraversalArguments.Direction(context.GetArgument<RelationshipDirection?>("direction")),
                    Kinds = context.GetArgument<List<EntityKind>?>("kinds")?.ToHashSet(),
                    Limit = TraversalArguments.Bounded(context.GetArgument("limit", limits.MaxNodes), "limit", 1, limits.MaxNodes),
                    MaxExpansionPerNode = limits.MaxExpansionPerNode,
                };
                return await NeighborhoodOfExistingRootAsync(spec, root, context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("How two entities are linked: paths of at most maxLength hops, following relationships either way "
                + "(each hop says which), shortest first. Empty when no path fits.")
            .Argument<NonNullGraphType<IdGraphType>>("from", $"The entity the paths start at: {IdOrKey.BothForms}.")
            .Argument<NonNullGraphType<IdGraphType>>("to", $"The entity the paths end at: {IdOrKey.BothForms}.")
            .Argument<IntGraphType>("maxLength", $"Most hops in a path, 1 to {limits.MaxPathLength}.", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("relationshipTypes", "Relationship types to follow; all when left out.")
            .Argument<PathModeType>("mode", "Which paths to return.", a => a.DefaultValue = PathMode.Shortest)
            .Argument<IntGraphType>("first", $"Most paths to return, 1 to {limits.MaxPaths}.", a => a.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var from = EntityReference.Parse(context.GetArgument<string>("from"), "from");
                var to = EntityReference.Parse(context.GetArgument<string>("to"), "to");
                var spec = new PathSpec
                {
                    FromKey = from.Key,
                    ToKey = to.Key,
                    MaxLength = TraversalArguments.Bounded(context.GetArgument("maxLength", 4), "maxLength", 1, limits.MaxPathLength),
                    RelationshipTypes = TraversalArguments.RelationshipTypes(
                        context.GetArgument<List<string>?>("relationshipTypes"), "relationshipTypes"),
                    Mode = context.GetArgument("mode", PathMode.Shortest),
                    First = TraversalArguments.Bounded(context.GetArgument("first", 10), "first", 1, limits.MaxPaths),
                };
                await TraversalArguments.ResolveEntitiesAsync(store, [from, to], context.CancellationToken);
                return await Traversal.FindPathsAsync(spec, context.CancellationToken);
            });

        query.Field<NonNullGraphType<SubgraphType>>("connect")
            .Description($"The small subgraph linking 2 to {limits.MaxConnectEntities} entities: the union of shortest paths "
                + "chosen greedily as a spanning tree over the entities (at most twice the smallest linking subgraph). "
                + "Entities no path within maxLength reaches are returned unlinked and truncated is true.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"The entities to link, each {IdOrKey.BothForms}.")
            .Argument<IntGraphType>("maxLength", $"Most hops between two linked entities, 1 to {limits.MaxPathLength} (4 when left out).")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids")
                    .Select((id, i) => EntityReference.Parse(id, $"ids[{i}]"))
                    .DistinctBy(id => id.Key, StringComparer.Ordinal)
                    .ToList();
                if (ids.Count < 2)
                {
                    throw new ValidationException("ids", TraversalArguments.InvalidValue, "connect needs at least two different entities.");
                }

                TraversalArguments.Bounded(ids.Count, "ids", 2, limits.MaxConnectEntities);
                var maxLength = TraversalArguments.Bounded(context.GetArgument("maxLength", 4), "maxLength", 1, limits.MaxPathLength);
                var entities = await TraversalArguments.ResolveEntitiesAsync(store, ids, context.CancellationToken);
                return await EntityConnector.ConnectAsync(Traversal, entities, maxLength, context.CancellationToken);
            });
    }

    /// <summary>
    /// The neighbourhood of <paramref name="root"/>, which must be an entity (of the id's kind, when named by global id).
    /// A neighbourhood lists its root first, so a (usually cached) answer that starts with the root proves it exists
    /// without a store read; only an answer without it (an unknown root, or one deleted during the walk) asks the store,
    /// which names the expected kind.
    /// </summary>
    private async Task<Subgraph> NeighborhoodOfExistingRootAsync(
        NeighborhoodSpec spec, EntityReference root, CancellationToken cancellationToken)
    {
        Subgraph subgraph;
        try
        {
            subgraph = await Traversal.GetNeighborhoodAsync(spec, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            await TraversalArguments.ResolveEntitiesAsync(store, [root], cancellationToken);
            throw;
        }

        if (subgraph.Nodes is [var first, ..] && string.Equals(first.Key, root.Key, StringComparison.Ordinal))
        {
            return root.IsMatchedBy(first) ? subgraph : throw root.NotFound();
        }

        await TraversalArguments.ResolveEntitiesAsync(store, [root], cancellationToken);
        return subgraph;
    }
}
