using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>FloatOperationFilterInput</c>.</summary>
public sealed class FloatOperationFilterInputType : InputObjectGraphType
{
    public FloatOperationFilterInputType()
    {
        Name = "FloatOperationFilterInput";
        Description = "Conditions on a decimal number field. A missing value (eq: null) matches every negated operator (neq, nin, ngt, ngte, nlt, nlte) and no other.";
        OperationFilterFields.AddComparable<FloatOperationFilterInputType, FloatGraphType>(this);
    }
}
