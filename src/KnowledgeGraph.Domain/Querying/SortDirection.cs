namespace KnowledgeGraph.Domain.Querying;

public enum SortDirection
{
    Asc,
    Desc,
}
