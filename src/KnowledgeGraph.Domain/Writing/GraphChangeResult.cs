namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// What a change set did. <see cref="GraphVersion"/> is the store's graph version after the change; it only grows,
/// and it grows exactly when something changed, so caches can key on it.
/// </summary>
public sealed record GraphChangeResult(
    long GraphVersion,
    int EntitiesWritten,
    int RelationshipsWritten,
    int SourcesWritten,
    int EntitiesDeleted,
    int RelationshipsDeleted,
    int SourcesDeleted)
{
    /// <summary>The counts of this result and <paramref name="later"/> added up, at the later graph version: parts of one import.</summary>
    public GraphChangeResult Then(GraphChangeResult later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return new GraphChangeResult(
            later.GraphVersion,
            EntitiesWritten + later.EntitiesWritten,
            RelationshipsWritten + later.RelationshipsWritten,
            SourcesWritten + later.SourcesWritten,
            EntitiesDeleted + later.EntitiesDeleted,
            RelationshipsDeleted + later.RelationshipsDeleted,
            SourcesDeleted + later.SourcesDeleted);
    }

    public bool Changed =>
        EntitiesWritten + RelationshipsWritten + SourcesWritten + EntitiesDeleted + RelationshipsDeleted + SourcesDeleted > 0;
}
