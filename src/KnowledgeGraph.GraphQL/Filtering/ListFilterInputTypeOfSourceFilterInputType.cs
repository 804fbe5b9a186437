using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's <c>ListFilterInputTypeOfSourceFilterInput</c>, for an entity's <c>sources</c>.</summary>
public sealed class ListFilterInputTypeOfSourceFilterInputType : InputObjectGraphType
{
    public ListFilterInputTypeOfSourceFilterInputType()
    {
        Name = "ListFilterInputTypeOfSourceFilterInput";
        Description = "Conditions on a list of sources, tested source by source.";
        ListFilterFields.Add<SourceFilterInputType>(this);
    }
}
