using GraphQL.Types;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Relationships;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary><c>Subgraph</c>: entities, the relationships among them, and whether a limit cut the result short.</summary>
public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Entities and relationships among them; truncated says a limit cut something off.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes")
            .Description("The entities; for a neighbourhood the root comes first, then nearer entities before farther ones.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships")
            .Description("Relationships between the entities returned.")
            .Resolve(context => context.Source.Relationships);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when a limit (entities, relationships per entity) left something out, "
                + "or when connect could not link every entity within maxLength.")
            .Resolve(context => context.Source.Truncated);
    }
}
