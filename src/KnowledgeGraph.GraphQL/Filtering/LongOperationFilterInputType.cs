using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>LongOperationFilterInput</c>, for <c>version</c>.</summary>
public sealed class LongOperationFilterInputType : InputObjectGraphType
{
    public LongOperationFilterInputType()
    {
        Name = "LongOperationFilterInput";
        Description = "Conditions on a 64-bit integer field.";
        OperationFilterFields.AddComparable<LongOperationFilterInputType, LongGraphType>(this);
    }
}
