using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Metadata;

/// <summary>A kind of entity and its properties.</summary>
public sealed class EntityKindInfoType : ObjectGraphType<EntityKindDefinition>
{
    public EntityKindInfoType()
    {
        Name = "EntityKindInfo";
        Description = "A kind of entity: its GraphQL type, root connection field and properties.";
        Field<NonNullGraphType<EntityKindType>>("kind").Description("The kind.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("typeName")
            .Description("The GraphQL type (and global-id prefix) of the kind.")
            .Resolve(context => KindGraphTypes.TypeNameOf(context.Source.Kind));
        Field<NonNullGraphType<StringGraphType>>("connectionField")
            .Description("The root query field listing the kind.")
            .Resolve(context => KindGraphTypes.ConnectionFieldOf(context.Source.Kind));
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the kind covers.").Resolve(context => context.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyInfoType>>>>("properties")
            .Description("The kind's own properties.")
            .Resolve(context => context.Source.Properties);
    }
}
