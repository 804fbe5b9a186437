using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>IntOperationFilterInput</c>.</summary>
public sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on an integer field. An entity without the field matches only neq and nin.";
        NumericOperationFields.Add<IntGraphType>(this);
    }
}
