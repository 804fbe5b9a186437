using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>IntOperationFilterInput</c>.</summary>
public sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on an integer field. A missing value (eq: null) matches every negated operator (neq, nin, ngt, ngte, nlt, nlte) and no other.";
        OperationFilterFields.AddComparable<IntOperationFilterInputType, IntGraphType>(this);
    }
}
