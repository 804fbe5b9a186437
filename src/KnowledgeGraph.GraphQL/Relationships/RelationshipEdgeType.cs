using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// An edge of a relationship connection: the neighbour as <c>node</c>, plus the relationship's own properties and
/// sources and the direction it runs seen from the entity the field was read on.
/// </summary>
public sealed class RelationshipEdgeType<TNode> : ObjectGraphType<RelationshipEdge>
    where TNode : IGraphType, IEntityGraphType
{
    public RelationshipEdgeType(IGraphStore store)
    {
        Name = TNode.GraphTypeName + "RelationshipEdge";
        Description = $"A relationship to a {TNode.GraphTypeName}, with the relationship's own properties and sources.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque cursor of this edge, for after/before.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNode>>("node")
            .Description("The entity at the other end.")
            .Resolve(context => context.Source.Hit.Neighbour);
        Field<NonNullGraphType<RelationshipDirectionType>>("direction")
            .Description("OUT when the entity the field was read on is the relationship's start, IN when it is the end.")
            .Resolve(context => context.Source.Hit.Direction);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("The relationship read from the entity the field was read on, e.g. \"operated by\" or \"operates\".")
            .Resolve(context => Label(context.Source));
        // Not "id": Relay stores normalise objects by id, and an edge must not pose as the Relationship it stands for.
        Field<NonNullGraphType<IdGraphType>>("relationshipId")
            .Description("Global id of the relationship (its Relationship.id), for node(id:), history(id:) and the relationship mutations.")
            .Resolve(context => GlobalId.Encode(RelationshipGraphType.GraphTypeName, context.Source.Hit.Relationship.Key));
        RelationshipPropertyFields.Add(this, edge => edge.Hit.Relationship, store);
    }

    private static string Label(RelationshipEdge edge)
    {
        var definition = RelationshipTypes.Find(edge.Hit.Relationship.Type);
        if (definition is null)
        {
            return edge.Hit.Relationship.Type;
        }

        return edge.Hit.Direction == RelationshipDirection.Incoming ? definition.InverseLabel : definition.ForwardLabel;
    }
}
