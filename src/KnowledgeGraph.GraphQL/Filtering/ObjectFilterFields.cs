using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Declares an object filter input's fields: <c>and</c>/<c>or</c> over the input itself, then each definition.</summary>
internal static class ObjectFilterFields
{
    public static void Add<TSelf>(InputObjectGraphType input, IEnumerable<FilterFieldDefinition> fields)
        where TSelf : InputObjectGraphType
    {
        input.Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every one of these must hold; an empty list always holds.");
        input.Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these must hold; an empty list never holds.");
        foreach (var definition in fields)
        {
            var field = input.Field(definition.Name, definition.InputType).Description(definition.Description);
            if (definition.DeprecationReason is { } reason)
            {
                field.DeprecationReason(reason);
            }
        }
    }
}
