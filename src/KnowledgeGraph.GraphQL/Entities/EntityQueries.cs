using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Filtering;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sorting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary><c>entity(key:)</c> and <c>entities(kinds:)</c>, the connection over every kind.</summary>
public sealed class EntityQueries(IGraphStore store, IOptions<GraphQLSchemaOptions> options) : IQueryFieldContributor
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<EntityInterface>("entity")
            .Description("An entity of any kind by its key; null and a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The entity's natural key, e.g. \"khorgos-gateway\".")
            .Resolve(context =>
            {
                var key = context.GetArgument<string>("key");
                return GraphLoaders.For(context, store).Entities.Load(key).Then(entity => entity ?? throw new EntityNotFoundException(key));
            });

        query.Field<NonNullGraphType<EntityConnectionType<EntityInterface>>>("entities")
            .Description("Entities of the given kinds (all when left out), filtered on the fields every entity has, "
                + "sorted with order (by name, then key, when left out), paged Relay-style.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Kinds to include; all when left out.")
            .WithPaging()
            .Argument<EntityFilterInputType<EntityInterface>>("where", "Conditions the entities must meet.")
            .Argument<ListGraphType<NonNullGraphType<EntitySortInputType<EntityInterface>>>>("order", "Sort criteria, most significant first.")
            .ResolveAsync(async context =>
            {
                var order = SortTranslator.Translate(context);
                return await EntityPager.PageAsync(
                    new KindSetQuery(store, context.GetArgument<List<EntityKind>?>("kinds")).QueryAsync,
                    new EntityQuery
                    {
                        Filter = FilterTranslator.Translate(context.GetArgument<object?>("where"), kind: null),
                        Order = order,
                    },
                    PageRequest.From(context, options.Value),
                    CursorFingerprint.Of(context, order),
                    ConnectionSelection.Of(context),
                    context.CancellationToken);
            });
    }
}
