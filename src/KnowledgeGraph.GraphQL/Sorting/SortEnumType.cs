using GraphQL.Types;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Sorting;

/// <summary>Hot Chocolate's <c>SortEnumType</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction. Entities lacking the field sort last either way; ties break by key.";
        Add("ASC", SortDirection.Asc, "Ascending.");
        Add("DESC", SortDirection.Desc, "Descending.");
    }
}
