using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.History;

public sealed class FieldChangeType : ObjectGraphType<FieldChange>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "One changed field with its old and new value, ready for a diff view.";
        Field<NonNullGraphType<StringGraphType>>("field")
            .Description("The field's name, as in changedFields (an entity's property by its declared name, e.g. lengthKm).")
            .Resolve(context => context.Source.Field);
        Field<JsonType>("before")
            .Description("The value before the change; null when the field had none (or the subject did not exist).")
            .Resolve(context => context.Source.Before);
        Field<JsonType>("after")
            .Description("The value after the change; null when the field has none (or the subject was deleted).")
            .Resolve(context => context.Source.After);
    }
}
