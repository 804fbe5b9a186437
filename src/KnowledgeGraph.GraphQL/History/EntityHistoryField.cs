using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.History;

/// <summary><c>history(first:)</c> on the <c>Entity</c> interface and every kind: the entity's newest changes, batched per level.</summary>
public static class EntityHistoryField
{
    public static void Add(ComplexGraphType<Entity> type, IOptions<GraphQLSchemaOptions> options)
    {
        var field = type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("history")
            .Description("The entity's newest changes, newest first; for older ones and paging use the root field history(id:).");
        AddArguments(field);
        field.ResolveOn(type, context =>
            {
                var take = PageRequest.PageSize(context, "first", options.Value) ?? options.Value.DefaultPageSize;
                return HistoryLoaders.For(context).Entities(take).Load(context.Source.Key).Then(changes => changes ?? []);
            });
    }

    // The GQL012 analyzer refuses Argument on a ComplexGraphType builder; this one serves the interface and the object types alike.
    private static void AddArguments(FieldBuilder<Entity, object> field) =>
        field.Argument<IntGraphType>("first", "How many changes (default: the configured page size; at most the configured maximum).");
}
