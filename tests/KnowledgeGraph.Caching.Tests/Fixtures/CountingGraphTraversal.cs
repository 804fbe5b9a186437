using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>Passes every call to the real traversal and counts them, to tell cache hits from traversal work.</summary>
public sealed class CountingGraphTraversal(IGraphTraversal inner) : IGraphTraversal
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return inner.GetNeighborhoodAsync(spec, cancellationToken);
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return inner.FindPathsAsync(spec, cancellationToken);
    }
}
