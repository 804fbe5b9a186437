using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.History;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// A relationship as stated, from its start to its end: what <c>relationship(key:)</c>, <c>node(id:)</c>, the traversal
/// fields and the relationship mutations return. One type serves them all so that a relationship has one global id
/// wherever it is met.
/// </summary>
public sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    public const string GraphTypeName = "Relationship";

    public RelationshipGraphType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
    {
        Name = GraphTypeName;
        Description = "A directed, typed relationship between two entities, with its own properties and sources.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Relationship;

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global id: base64 of \"Relationship:<key>\", for node(id:), history(id:) and the relationship mutations.")
            .Resolve(context => GlobalId.Encode(GraphTypeName, context.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description("The relationship type, e.g. OPERATED_BY (the same as relationshipType).")
            .Resolve(context => context.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("How the relationship reads from start to end, e.g. \"operated by\".")
            .Resolve(context => RelationshipTypes.Find(context.Source.Type)?.ForwardLabel ?? context.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("fromKey")
            .Description("Key of the entity at the start.")
            .Resolve(context => context.Source.FromKey);
        Field<NonNullGraphType<StringGraphType>>("toKey")
            .Description("Key of the entity at the end.")
            .Resolve(context => context.Source.ToKey);
        Field<NonNullGraphType<EntityInterface>>("from")
            .Description("The entity at the start.")
            .Resolve(context => LoadEntity(context, store, context.Source.FromKey));
        Field<NonNullGraphType<EntityInterface>>("to")
            .Description("The entity at the end.")
            .Resolve(context => LoadEntity(context, store, context.Source.ToKey));
        RelationshipPropertyFields.Add(this, relationship => relationship, store);
        RelationshipHistoryField.Add(this, options);
    }

    private static object LoadEntity(IResolveFieldContext context, IGraphStore store, string key) =>
        GraphLoaders.For(context, store).Entities.Load(key).Then(entity => entity ?? throw new EntityNotFoundException(key));
}
