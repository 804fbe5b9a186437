using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// The writes a change set really needs once compared with the stored state: unchanged upserts are dropped,
/// versions are assigned, a relationship whose type or ends change is replaced (deleted, then created).
/// </summary>
public sealed record ChangePlan(
    IReadOnlyList<Source> SourcesToWrite,
    IReadOnlyList<Entity> EntitiesToWrite,
    IReadOnlyList<Relationship> RelationshipsToReplace,
    IReadOnlyList<Relationship> RelationshipsToCreate,
    IReadOnlyList<Relationship> RelationshipsToUpdate,
    IReadOnlyList<Relationship> RelationshipsToDelete,
    IReadOnlyList<string> EntityKeysToDelete,
    IReadOnlyList<string> SourceKeysToDelete)
{
    public int RelationshipsWritten => RelationshipsToCreate.Count + RelationshipsToUpdate.Count;

    public bool HasWrites =>
        SourcesToWrite.Count + EntitiesToWrite.Count + RelationshipsToCreate.Count + RelationshipsToUpdate.Count +
        RelationshipsToDelete.Count + EntityKeysToDelete.Count + SourceKeysToDelete.Count > 0;
}
