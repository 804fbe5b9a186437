using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>FloatOperationFilterInput</c>.</summary>
public sealed class FloatOperationFilterInputType : InputObjectGraphType
{
    public FloatOperationFilterInputType()
    {
        Name = "FloatOperationFilterInput";
        Description = "Conditions on a decimal number field. An entity without the field matches only neq and nin.";
        NumericOperationFields.Add<FloatGraphType>(this);
    }
}
