using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.GraphQL.Paging;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>A page of a subject's history, newest first (Hot Chocolate shape: edges, nodes, pageInfo, totalCount).</summary>
public sealed class ChangeConnectionType : ObjectGraphType<Connection<ChangeEdge>>
{
    public ChangeConnectionType()
    {
        Name = "ChangeConnection";
        Description = "A page of changes, newest first.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many changes the subject's whole history holds.")
            .Resolve(context => context.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to fetch further pages.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeEdgeType>>>>("edges")
            .Description("The changes of this page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("nodes")
            .Description("The changes of this page.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node).ToList());
    }
}
