using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// The traversal port: each store answers with its own strengths (SQLite by breadth-first search over indexed
/// adjacency, Neo4j by its path matching). Specs arrive already checked against the configured limits.
/// </summary>
public interface IGraphTraversal
{
    /// <summary>Throws <see cref="Errors.EntityNotFoundException"/> when the root does not exist.</summary>
    Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="Errors.EntityNotFoundException"/> when an end does not exist; no path is an empty list.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default);
}
