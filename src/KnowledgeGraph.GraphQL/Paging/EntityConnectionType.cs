using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>A Relay connection of <typeparamref name="TNode"/> entities (Hot Chocolate shape: edges, nodes, pageInfo, totalCount).</summary>
public sealed class EntityConnectionType<TNode> : ObjectGraphType<Connection<EntityEdge>>
    where TNode : IGraphType, IEntityGraphType
{
    public EntityConnectionType()
    {
        Name = TNode.GraphTypeName + "Connection";
        Description = $"A page of {TNode.GraphTypeName} entities.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many entities match in all.")
            .Resolve(context => context.Source.TotalCount
                ?? throw new InvalidOperationException("totalCount is selected but was not counted: ConnectionSelection missed it."));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to fetch further pages.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeType<TNode>>>>>("edges")
            .Description("The entities of this page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNode>>>>("nodes")
            .Description("The entities of this page.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node).ToList());
    }
}
