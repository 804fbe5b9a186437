using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.History;

public sealed class ChangeEdgeType : ObjectGraphType<ChangeEdge>
{
    public ChangeEdgeType()
    {
        Name = "ChangeEdge";
        Description = "An edge in a connection of changes.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque cursor of this edge, for after.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<ChangeType>>("node")
            .Description("The change.")
            .Resolve(context => context.Source.Node);
    }
}
