using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// Builds relationship fields: the typed ones of <see cref="RelationshipFieldCatalog"/> and the generic
/// <c>relationships</c> field of every entity. All resolve through the request's relationship batch loader: one store
/// call per field (and argument set) per level of the query, for all parents together.
/// </summary>
public static class RelationshipFields
{
    public static void AddTyped(ObjectGraphType<Entity> type, EntityKind kind, IGraphStore store, IOptions<GraphQLSchemaOptions> options)
    {
        foreach (var definition in RelationshipFieldCatalog.Of(kind))
        {
            if (definition.Problem() is { } problem)
            {
                throw new InvalidOperationException(problem);
            }

            var neighbourKinds = definition.NeighbourKinds;
            var nodeType = KindGraphTypes.GraphTypeOf(neighbourKinds);
            var baseQuery = new RelationshipQuery
            {
                Types = definition.Types.ToHashSet(StringComparer.Ordinal),
                Direction = definition.Direction,
                NeighbourKinds = neighbourKinds,
            };

            if (definition.Single)
            {
                type.Field(definition.Name, nodeType)
                    .Description(definition.Description)
                    .Resolve(context => GraphLoaders.For(context, store).Relationships(baseQuery).Load(context.Source.Key)
                        .Then(hits => hits?.FirstOrDefault()?.Neighbour));
                continue;
            }

            var field = type.Field(definition.Name, typeof(NonNullGraphType<>).MakeGenericType(typeof(RelationshipConnectionType<>).MakeGenericType(nodeType)))
                .Description($"{definition.Description} Follows {string.Join(", ", definition.Types)} ({Direction(definition.Direction)}).")
                .Argument<StringGraphType>("role", "Keeps only relationships with exactly this role, e.g. \"operator\".");
            if (definition.Types.Count > 1)
            {
                field.Argument<ListGraphType<NonNullGraphType<StringGraphType>>>(
                    "relationshipTypes", $"Keeps only these relationship types, out of {string.Join(", ", definition.Types)}.");
            }

            field.WithPaging().Resolve(context =>
            {
                var query = baseQuery with { Role = context.GetArgument<string?>("role") };
                if (definition.Types.Count > 1 && context.GetArgument<List<string>?>("relationshipTypes") is { } chosen)
                {
                    query = query with { Types = CheckTypes(chosen, "relationshipTypes", definition.Types) };
                }

                return Load(context, store, options.Value, query);
            });
        }
    }

    /// <summary>The generic <c>relationships</c> field of the Entity interface and every entity type.</summary>
    public static void AddGeneric(ComplexGraphType<Entity> type, IGraphStore store, IOptions<GraphQLSchemaOptions> options)
    {
        var field = type.Field<NonNullGraphType<RelationshipConnectionType<EntityInterface>>>("relationships")
            .Description("Every relationship of the entity, optionally narrowed by type, direction, neighbour kind and role. "
                + "Ordered by relationship type, then neighbour name.");
        AddGenericArguments(field);
        field.ResolveOn(type, context =>
        {
            var kinds = context.GetArgument<List<EntityKind>?>("kinds");
            var query = new RelationshipQuery
            {
                Types = context.GetArgument<List<string>?>("types") is { } types ? CheckTypes(types, "types", null) : null,
                Direction = context.GetArgument("direction", RelationshipDirection.Both),
                NeighbourKinds = kinds is { Count: > 0 } ? kinds.ToHashSet() : null,
                Role = context.GetArgument<string?>("role"),
            };
            return Load(context, store, options.Value, query);
        });
    }

    private static void AddGenericArguments(FieldBuilder<Entity, object> field) => field
        .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Relationship types to follow (see relationshipTypes); all when left out.")
        .Argument<RelationshipDirectionType>("direction", "Which way to follow them; BOTH when left out.", a => a.DefaultValue = RelationshipDirection.Both)
        .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Kinds of entity to keep at the other end; all when left out.")
        .Argument<StringGraphType>("role", "Keeps only relationships with exactly this role.")
        .WithPaging();

    private static object Load(IResolveFieldContext<Entity> context, IGraphStore store, GraphQLSchemaOptions options, RelationshipQuery query)
    {
        var page = PageRequest.From(context, options);
        return GraphLoaders.For(context, store).Relationships(query).Load(context.Source.Key)
            .Then(hits => ListPager.Page(
                hits ?? [], RelationshipOrder.PositionOf, RelationshipOrder.Order, RelationshipOrder.Order.Fields.Count, page,
                CursorFingerprint.Of(context, RelationshipOrder.Order.Fields), (cursor, hit) => new RelationshipEdge(cursor, hit)));
    }

    private static HashSet<string> CheckTypes(List<string> types, string argument, IReadOnlyList<string>? allowed)
    {
        var errors = types
            .Select((type, i) => (type, i))
            .Where(t => allowed is null ? !RelationshipTypes.IsKnown(t.type) : !allowed.Contains(t.type, StringComparer.Ordinal))
            .Select(t => new ValidationError(
                $"{argument}[{t.i}]",
                ValidationCodes.UnknownRelationshipType,
                allowed is null
                    ? $"'{t.type}' is not a relationship type; see relationshipTypes."
                    : $"'{t.type}' is not one of {string.Join(", ", allowed)}."))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return types.ToHashSet(StringComparer.Ordinal);
    }

    private static string Direction(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => "outgoing",
        RelationshipDirection.Incoming => "incoming",
        _ => "either way",
    };
}
