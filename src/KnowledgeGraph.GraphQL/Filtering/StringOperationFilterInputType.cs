using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>StringOperationFilterInput</c>, every default operator included.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. eq, neq, in and nin compare exactly; contains, startsWith, endsWith and their "
            + "negations ignore case. A missing value (eq: null) matches every negated operator (neq, nin, ncontains, nstartsWith, "
            + "nendsWith) and no other.";
        OperationFilterFields.AddLogic<StringOperationFilterInputType>(this);
        OperationFilterFields.AddEquality<StringGraphType>(this);
        Field<StringGraphType>("contains").Description("Contains the text, ignoring case.");
        Field<StringGraphType>("ncontains").Description("Does not contain the text, ignoring case; true when the value is missing.");
        Field<StringGraphType>("startsWith").Description("Starts with the text, ignoring case.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with the text, ignoring case; true when the value is missing.");
        Field<StringGraphType>("endsWith").Description("Ends with the text, ignoring case.");
        Field<StringGraphType>("nendsWith").Description("Does not end with the text, ignoring case; true when the value is missing.");
    }
}
