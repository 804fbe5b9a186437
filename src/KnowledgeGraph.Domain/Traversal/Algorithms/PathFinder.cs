namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>Runs the search a <see cref="PathSpec"/>'s mode asks for.</summary>
public static class PathFinder
{
    public static Task<IReadOnlyList<KeyPath>> FindAsync(
        IAdjacencySource adjacency, PathSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.MaxLength);
        return spec.Mode switch
        {
            PathMode.Shortest => ShortestPathSearch.FindAsync(
                adjacency, spec.FromKey, spec.ToKey, spec.MaxLength, spec.RelationshipTypes, Math.Min(1, spec.First), cancellationToken),
            PathMode.AllShortest => ShortestPathSearch.FindAsync(
                adjacency, spec.FromKey, spec.ToKey, spec.MaxLength, spec.RelationshipTypes, spec.First, cancellationToken),
            PathMode.All => SimplePathSearch.FindAsync(
                adjacency, spec.FromKey, spec.ToKey, spec.MaxLength, spec.RelationshipTypes, spec.First, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Mode, "Unknown path mode."),
        };
    }
}
