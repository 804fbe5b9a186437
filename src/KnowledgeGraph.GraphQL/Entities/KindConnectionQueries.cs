using System.Reflection;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Filtering;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sorting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// One root connection per kind of the registry (<c>projects</c>, <c>people</c>…, named by the kind's graph type, see
/// <see cref="KindGraphTypes"/>), each with Relay paging, <c>where</c> and <c>order</c>, translated into one <see cref="EntityQuery"/> for the store.
/// </summary>
public sealed class KindConnectionQueries(IGraphStore store, IOptions<GraphQLSchemaOptions> options) : IQueryFieldContributor
{
    private static readonly MethodInfo AddKind = typeof(KindConnectionQueries).GetMethod(nameof(Add), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public void AddFields(ObjectGraphType query)
    {
        foreach (var type in KindGraphTypes.All)
        {
            AddKind.MakeGenericMethod(type).Invoke(this, [query]);
        }
    }

    private void Add<TNode>(ObjectGraphType query)
        where TNode : IGraphType, IEntityGraphType
    {
        var kind = TNode.Kind!.Value;
        query.Field<NonNullGraphType<EntityConnectionType<TNode>>>(KindGraphTypes.ConnectionFieldOf(kind))
            .Description($"{EntityKinds.Get(kind).Description} Filter with where, sort with order (by name, then key, when left out), page Relay-style.")
            .WithPaging()
            .Argument<EntityFilterInputType<TNode>>("where", "Conditions the entities must meet.")
            .Argument<ListGraphType<NonNullGraphType<EntitySortInputType<TNode>>>>("order", "Sort criteria, most significant first.")
            .ResolveAsync(async context =>
            {
                var order = SortTranslator.Translate(context);
                return await EntityPager.PageAsync(
                    store.QueryEntitiesAsync,
                    new EntityQuery
                    {
                        Kind = kind,
                        Filter = FilterTranslator.Translate(context.GetArgument<object?>("where"), kind),
                        Order = order,
                    },
                    PageRequest.From(context, options.Value),
                    CursorFingerprint.Of(context, order),
                    ConnectionSelection.Of(context),
                    context.CancellationToken);
            });
    }
}
