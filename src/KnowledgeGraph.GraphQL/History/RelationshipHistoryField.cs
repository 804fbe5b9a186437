using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.History;

/// <summary><c>Relationship.history(first:)</c>: the relationship's newest changes, batched per level like <c>Entity.history</c>.</summary>
public static class RelationshipHistoryField
{
    public static void Add(ObjectGraphType<Relationship> type, IOptions<GraphQLSchemaOptions> options) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("history")
            .Description("The relationship's newest changes, newest first; for older ones and paging use the root field history(id:).")
            .Argument<IntGraphType>("first", "How many changes (default: the configured page size; at most the configured maximum).")
            .Resolve(context =>
            {
                var take = PageRequest.PageSize(context, "first", options.Value) ?? options.Value.DefaultPageSize;
                return HistoryLoaders.For(context).Relationships(take).Load(context.Source.Key).Then(changes => changes ?? []);
            });
}
