namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// The one thing the traversal algorithms need from a store: the relationships of a batch of entities. Algorithms
/// call it once per breadth-first level (or once per expanded entity in depth-first search), never per relationship.
/// </summary>
public interface IAdjacencySource
{
    /// <summary>
    /// The relationships of each of <paramref name="keys"/> that pass <paramref name="filter"/>, each list ordered by
    /// neighbour key, then relationship key (ordinal), holding at most <paramref name="maxPerKey"/> relationships.
    /// Keys without such relationships, and unknown keys, may be left out of the result.
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<AdjacentEdge>>> GetAdjacentAsync(
        IReadOnlyCollection<string> keys, AdjacencyFilter filter, int maxPerKey, CancellationToken cancellationToken);
}
