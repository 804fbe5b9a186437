namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>The slice [<see cref="Start"/>, <see cref="End"/>) of a result of <see cref="Total"/> items.</summary>
public readonly record struct PageWindow(int Start, int End, int Total)
{
    public int Count => End - Start;

    public bool HasPreviousPage => Start > 0;

    public bool HasNextPage => End < Total;
}
