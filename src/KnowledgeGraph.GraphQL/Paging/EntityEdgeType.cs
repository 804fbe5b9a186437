using GraphQL.Types;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>An edge of an entity connection: a cursor and the entity.</summary>
public sealed class EntityEdgeType<TNode> : ObjectGraphType<EntityEdge>
    where TNode : IGraphType, IEntityGraphType
{
    public EntityEdgeType()
    {
        Name = TNode.GraphTypeName + "Edge";
        Description = $"An edge in a connection of {TNode.GraphTypeName} entities.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque cursor of this edge, for after/before.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNode>>("node")
            .Description("The entity.")
            .Resolve(context => context.Source.Node);
    }
}
