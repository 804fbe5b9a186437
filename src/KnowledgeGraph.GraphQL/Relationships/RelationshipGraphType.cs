using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>A relationship on its own (not seen from one end): both ends, its properties and sources.</summary>
public sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    public RelationshipGraphType(IGraphStore store)
    {
        Name = "Relationship";
        Description = "A directed, typed relationship between two entities, with its own properties and sources.";
        Field<NonNullGraphType<EntityInterface>>("from")
            .Description("The entity at the start.")
            .Resolve(context => GraphLoaders.For(context, store).Entities.Load(context.Source.FromKey));
        Field<NonNullGraphType<EntityInterface>>("to")
            .Description("The entity at the end.")
            .Resolve(context => GraphLoaders.For(context, store).Entities.Load(context.Source.ToKey));
        Field<NonNullGraphType<StringGraphType>>("label")
            .Description("How the relationship reads from start to end, e.g. \"operated by\".")
            .Resolve(context => RelationshipTypes.Find(context.Source.Type)?.ForwardLabel ?? context.Source.Type);
        RelationshipPropertyFields.Add(this, relationship => relationship, store);
    }
}
