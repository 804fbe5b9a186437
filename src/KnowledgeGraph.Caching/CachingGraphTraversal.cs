using KnowledgeGraph.Caching.Entries;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching;

/// <summary>
/// Caches neighbourhoods and paths under keys built from the spec and the graph version; failures (e.g. an unknown
/// root) are not cached.
/// </summary>
public sealed class CachingGraphTraversal(IGraphTraversal inner, CachedReader reader) : IGraphTraversal
{
    public const string NeighborhoodOperation = "neighborhood";
    public const string PathsOperation = "paths";

    public async Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default)
    {
        var entry = await reader.GetOrComputeAsync(
            NeighborhoodOperation,
            version => reader.Keys.Neighborhood(version, spec),
            async ct => new NeighborhoodEntry(await inner.GetNeighborhoodAsync(spec, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);
        return entry.Subgraph;
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default)
    {
        var entry = await reader.GetOrComputeAsync(
            PathsOperation,
            version => reader.Keys.Paths(version, spec),
            async ct => new PathsEntry(await inner.FindPathsAsync(spec, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);
        return entry.Paths;
    }
}
