using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>ListStringOperationFilterInput</c>, for <c>aliases</c>.</summary>
public sealed class ListStringOperationFilterInputType : InputObjectGraphType
{
    public ListStringOperationFilterInputType()
    {
        Name = "ListStringOperationFilterInput";
        Description = "Conditions on a list of texts, tested element by element.";
        ListFilterFields.Add<StringOperationFilterInputType>(this);
    }
}
