using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>The quantifier fields of Hot Chocolate's list filter inputs: <c>all none some</c> over an element input, and <c>any</c>.</summary>
internal static class ListFilterFields
{
    public static void Add<TElement>(InputObjectGraphType input)
        where TElement : InputObjectGraphType
    {
        input.Field<TElement>("all").Description("Every element meets the condition; an empty list does.");
        input.Field<TElement>("none").Description("No element meets the condition; an empty list does.");
        input.Field<TElement>("some").Description("At least one element meets the condition; an empty list does not.");
        input.Field<BooleanGraphType>("any").Description("true: the list has elements; false: it is empty.");
    }
}
