using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Paging;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>A Relay connection of relationships to <typeparamref name="TNode"/> entities.</summary>
public sealed class RelationshipConnectionType<TNode> : ObjectGraphType<Connection<RelationshipEdge>>
    where TNode : IGraphType, IEntityGraphType
{
    public RelationshipConnectionType()
    {
        Name = TNode.GraphTypeName + "RelationshipConnection";
        Description = $"A page of relationships to {TNode.GraphTypeName} entities.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many relationships match in all.")
            .Resolve(context => context.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to fetch further pages.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipEdgeType<TNode>>>>>("edges")
            .Description("The relationships of this page, with their properties.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNode>>>>("nodes")
            .Description("The entities at the other end, in edge order.")
            .Resolve(context => context.Source.Edges.Select(e => e.Hit.Neighbour).ToList());
    }
}
