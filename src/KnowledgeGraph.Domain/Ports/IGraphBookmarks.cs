namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// For a store whose reads may be served by a server that lags behind its writes (a Neo4j cluster): bookmarks, opaque
/// tokens without white space, that make the store's reads wait until they see the writes behind them. A writer
/// announces its store's bookmarks with the graph version its write produced; an instance that hears the announcement
/// hands them to its store before it keys anything on that version, so that nothing read from before the write is
/// cached under it. Stores that always read their latest writes (SQLite, one Neo4j server) need none.
/// </summary>
public interface IGraphBookmarks
{
    /// <summary>Bookmarks covering every write the store has made or been told of; empty when there are none.</summary>
    IReadOnlyList<string> Current { get; }

    /// <summary>Makes every following read of the store wait until the writes behind <paramref name="bookmarks"/> are visible.</summary>
    void Observe(IReadOnlyCollection<string> bookmarks);
}
