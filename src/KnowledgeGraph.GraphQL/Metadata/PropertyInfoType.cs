using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Metadata;

/// <summary>A kind-specific property as <see cref="EntityKinds"/> declares it.</summary>
public sealed class PropertyInfoType : ObjectGraphType<PropertyDefinition>
{
    public PropertyInfoType()
    {
        Name = "PropertyInfo";
        Description = "A property a kind of entity carries: the field of the same name on its type, in its filter and sort inputs.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Field name.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description("String, Int or Float.")
            .Resolve(context => context.Source.Type switch
            {
                PropertyType.Integer => "Int",
                PropertyType.Number => "Float",
                _ => "String",
            });
        Field<NonNullGraphType<StringGraphType>>("description").Description("What it holds.").Resolve(context => context.Source.Description);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("allowedValues")
            .Description("The closed vocabulary of a text property; null when any text is allowed.")
            .Resolve(context => context.Source.AllowedValues);
        Field<FloatGraphType>("minimum").Description("Smallest allowed value of a number.").Resolve(context => context.Source.Minimum);
        Field<FloatGraphType>("maximum").Description("Largest allowed value of a number.").Resolve(context => context.Source.Maximum);
    }
}
