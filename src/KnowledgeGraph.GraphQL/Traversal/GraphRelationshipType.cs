using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Relationships;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// <c>GraphRelationship</c>: a relationship of a subgraph or path, as stated (from its start to its end), with its
/// properties and the sources that back it.
/// </summary>
public sealed class GraphRelationshipType : ObjectGraphType<Relationship>
{
    public GraphRelationshipType(IGraphStore store)
    {
        Name = "GraphRelationship";
        Description = "A relationship as stated, from its start to its end, with its own properties and sources.";
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description("The relationship type, e.g. OPERATED_BY (the same as relationshipType).")
            .Resolve(context => context.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("How the relationship reads from its start, e.g. \"operated by\".")
            .Resolve(context => RelationshipTypes.Find(context.Source.Type)?.ForwardLabel ?? context.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("fromKey")
            .Description("Key of the relationship's start.")
            .Resolve(context => context.Source.FromKey);
        Field<NonNullGraphType<StringGraphType>>("toKey")
            .Description("Key of the relationship's end.")
            .Resolve(context => context.Source.ToKey);
        Field<NonNullGraphType<EntityInterface>>("from")
            .Description("The relationship's start.")
            .Resolve(context => LoadEntity(context, store, context.Source.FromKey));
        Field<NonNullGraphType<EntityInterface>>("to")
            .Description("The relationship's end.")
            .Resolve(context => LoadEntity(context, store, context.Source.ToKey));
        RelationshipPropertyFields.Add(this, relationship => relationship, store);
    }

    private static object LoadEntity(IResolveFieldContext context, IGraphStore store, string key) =>
        GraphLoaders.For(context, store).Entities.Load(key).Then(entity => entity ?? throw new EntityNotFoundException(key));
}
