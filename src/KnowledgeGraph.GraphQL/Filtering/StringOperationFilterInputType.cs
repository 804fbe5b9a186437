using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>StringOperationFilterInput</c>, limited to the operators the stores support.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. eq, neq and in compare exactly; contains, ncontains and startsWith ignore case. "
            + "An entity without the field matches only neq, nin and ncontains.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("Equal to none of.");
        Field<StringGraphType>("contains").Description("Contains the text, ignoring case.");
        Field<StringGraphType>("ncontains").Description("Does not contain the text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with the text, ignoring case.");
    }
}
