using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Exchange.Importing;

/// <summary>
/// Applies an already validated change set of upserts with one <see cref="IGraphStore.ApplyAsync"/> (all or nothing)
/// and tells what it did: a record whose key the store did not hold was created; of the others, as many as the store
/// reports written were updated, the rest were equal to what was stored and left unchanged (the store's own notion
/// of equality, so nothing is compared twice).
/// </summary>
public static class GraphImporter
{
    /// <summary>Keys looked up per store call when counting what already exists.</summary>
    private const int LookupBatch = 1000;

    public static async Task<ImportSummary> ApplyAsync(IGraphStore store, GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changes);
        var sourceKeys = changes.UpsertSources.Select(s => s.Key).ToList();
        var entityKeys = changes.UpsertEntities.Select(u => u.Entity.Key).ToList();
        var relationshipKeys = changes.UpsertRelationships.Select(r => r.Key).ToList();
        var existingSources = await CountAsync(sourceKeys, async (keys, ct) => (await store.GetSourcesAsync(keys, ct).ConfigureAwait(false)).Count, cancellationToken).ConfigureAwait(false);
        var existingEntities = await CountAsync(entityKeys, async (keys, ct) => (await store.GetEntitiesAsync(keys, ct).ConfigureAwait(false)).Count, cancellationToken).ConfigureAwait(false);
        var existingRelationships = await CountAsync(relationshipKeys, async (keys, ct) => (await store.GetRelationshipsByKeyAsync(keys, ct).ConfigureAwait(false)).Count, cancellationToken).ConfigureAwait(false);

        var result = await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        return new ImportSummary(
            Counts(sourceKeys.Count, existingSources, result.SourcesWritten),
            Counts(entityKeys.Count, existingEntities, result.EntitiesWritten),
            Counts(relationshipKeys.Count, existingRelationships, result.RelationshipsWritten),
            result.GraphVersion);
    }

    private static RecordCounts Counts(int total, int existing, int written)
    {
        var created = total - existing;
        var updated = Math.Clamp(written - created, 0, existing);
        return new RecordCounts(created, updated, existing - updated);
    }

    private static async Task<int> CountAsync(
        List<string> keys, Func<IReadOnlyCollection<string>, CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var found = 0;
        foreach (var chunk in keys.Chunk(LookupBatch))
        {
            found += await count(chunk, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }
}
