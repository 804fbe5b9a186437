using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>Bookmarks of a store standing in for a Neo4j cluster member: a fixed current set, and a record of those it is told of.</summary>
public sealed class RecordingBookmarks(params string[] current) : IGraphBookmarks
{
    private readonly Lock _gate = new();
    private readonly List<string> _observed = [];

    public IReadOnlyList<string> Current => current;

    public IReadOnlyList<string> Observed
    {
        get
        {
            lock (_gate)
            {
                return [.. _observed];
            }
        }
    }

    public void Observe(IReadOnlyCollection<string> bookmarks)
    {
        lock (_gate)
        {
            _observed.AddRange(bookmarks);
        }
    }
}
