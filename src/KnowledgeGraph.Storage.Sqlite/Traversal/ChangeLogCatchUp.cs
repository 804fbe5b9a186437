namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// What the change log says happened after a sequence number: the entity and relationship keys touched (their state
/// now is read from the tables), the last sequence read and the graph version reached; or, when
/// <see cref="RebuildReason"/> is set, that it cannot be applied record by record and the index must be rebuilt.
/// </summary>
internal sealed record ChangeLogCatchUp(
    IReadOnlySet<string> EntityKeys,
    IReadOnlySet<string> RelationshipKeys,
    long LastSequence,
    long GraphVersion,
    string? RebuildReason = null)
{
    public static ChangeLogCatchUp Rebuild(string reason) =>
        new(new HashSet<string>(), new HashSet<string>(), 0, 0, reason);
}
