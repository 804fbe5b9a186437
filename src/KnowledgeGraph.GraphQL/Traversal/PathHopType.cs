using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Relationships;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary><c>PathHop</c>: one step of a path, from one entity to the next, over a relationship a journalist can cite.</summary>
public sealed class PathHopType : ObjectGraphType<PathHopView>
{
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One step of a path: from an entity to the next over one relationship (with its sources).";
        Field<NonNullGraphType<EntityInterface>>("from")
            .Description("The entity the step leaves.")
            .Resolve(context => context.Source.From);
        Field<NonNullGraphType<EntityInterface>>("to")
            .Description("The entity the step reaches.")
            .Resolve(context => context.Source.To);
        Field<NonNullGraphType<HopDirectionType>>("direction")
            .Description("FORWARD when the step follows the relationship from its start to its end, BACKWARD otherwise.")
            .Resolve(context => context.Source.Hop.Forward);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("The step read in path order, e.g. \"operated by\" going forward or \"operates\" going backward.")
            .Resolve(context => Label(context.Source));
        Field<NonNullGraphType<RelationshipGraphType>>("relationship")
            .Description("The relationship walked, as stated, with its properties and sources.")
            .Resolve(context => context.Source.Hop.Relationship);
    }

    private static string Label(PathHopView view)
    {
        var definition = RelationshipTypes.Find(view.Hop.Relationship.Type);
        if (definition is null)
        {
            return view.Hop.Relationship.Type;
        }

        return view.Hop.Forward ? definition.ForwardLabel : definition.InverseLabel;
    }
}
