using GraphQL.Types;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>An entry of the relationship-type registry.</summary>
public sealed class RelationshipTypeInfoType : ObjectGraphType<RelationshipTypeDefinition>
{
    public RelationshipTypeInfoType()
    {
        Name = "RelationshipTypeInfo";
        Description = "A relationship type: what it means, which kinds may stand at each end, how it reads each way.";
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The type's name, as in relationshipType and relationships(types:), e.g. OPERATED_BY.")
            .Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description")
            .Description("What the relationship means.")
            .Resolve(context => context.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindType>>>>("fromKinds")
            .Description("Kinds that may stand at the start.")
            .Resolve(context => context.Source.FromKinds.Order().ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindType>>>>("toKinds")
            .Description("Kinds that may stand at the end.")
            .Resolve(context => context.Source.ToKinds.Order().ToList());
        Field<NonNullGraphType<StringGraphType>>("forwardLabel")
            .Description("How it reads from the start, e.g. \"operated by\".")
            .Resolve(context => context.Source.ForwardLabel);
        Field<NonNullGraphType<StringGraphType>>("inverseLabel")
            .Description("How it reads from the end, e.g. \"operates\".")
            .Resolve(context => context.Source.InverseLabel);
    }
}
