using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// Writes one change set inside an open transaction that holds the graph lock: reads the stored state of every key it
/// touches, lets <see cref="ChangeSetPlanner"/> check it (paths relative to the set), then writes the plan in batches
/// of <c>UNWIND $rows</c> and notes every change for the history. The caller numbers and records the changes
/// (<see cref="RecordAsync"/>) and moves the graph version on; <see cref="Neo4jGraphStore.ApplyAsync"/> does it for
/// one set, <see cref="Neo4jImportSession"/> for each part of an import.
/// </summary>
internal sealed class Neo4jChangeWriter(Neo4jTransaction tx, int batchSize)
{
    /// <summary>
    /// Writes <paramref name="changes"/>, telling <paramref name="advance"/> how many records each batch settled (records
    /// equal to what is stored first, as settled by no batch). Null when the set writes nothing.
    /// </summary>
    public async Task<WrittenChanges?> WriteAsync(GraphChangeSet changes, Action<long> advance, CancellationToken ct)
    {
        var stored = await ReadStateAsync(changes, ct).ConfigureAwait(false);
        var plan = ChangeSetPlanner.Plan(changes, stored);
        if (!plan.HasWrites)
        {
            return null;
        }

        advance(changes.RecordCount - plan.SourcesToWrite.Count - plan.EntitiesToWrite.Count -
            plan.RelationshipsToCreate.Count - plan.RelationshipsToUpdate.Count - plan.RelationshipsToDelete.Count);
        foreach (var chunk in plan.SourcesToWrite.Chunk(batchSize))
        {
            await tx.RunAsync(WriteCypher.UpsertSources(chunk.Select(SourceProperties.Of)), ct).ConfigureAwait(false);
            advance(chunk.Length);
        }

        foreach (var group in plan.EntitiesToWrite.GroupBy(e => e.Kind))
        {
            foreach (var chunk in group.Chunk(batchSize))
            {
                await tx.RunAsync(WriteCypher.UpsertEntities(group.Key, chunk.Select(e => EntityProperties.Of(e, e.Version))), ct).ConfigureAwait(false);
                advance(chunk.Length);
            }
        }

        await RunPerTypeAsync(plan.RelationshipsToReplace, (type, rows) => WriteCypher.DeleteRelationships(type, rows.Select(r => r.Key)), _ => { }, ct).ConfigureAwait(false);
        await RunPerTypeAsync(plan.RelationshipsToCreate, (type, rows) => WriteCypher.CreateRelationships(type, rows.Select(Row)), advance, ct).ConfigureAwait(false);
        await RunPerTypeAsync(plan.RelationshipsToUpdate, (type, rows) => WriteCypher.UpdateRelationships(type, rows.Select(Row)), advance, ct).ConfigureAwait(false);
        await RunPerTypeAsync(plan.RelationshipsToDelete, (type, rows) => WriteCypher.DeleteRelationships(type, rows.Select(r => r.Key)), advance, ct).ConfigureAwait(false);

        var recorder = RecordPlannedChanges(plan, stored);
        var cascaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in plan.EntityKeysToDelete.Chunk(batchSize))
        {
            var taken = await tx.RunAsync(WriteCypher.RelationshipsOfEntities(chunk), ct).ConfigureAwait(false);
            foreach (var gone in taken.Records.Select(Neo4jGraphStore.ToRelationship))
            {
                if (cascaded.Add(gone.Key))
                {
                    recorder.Record(ChangeSnapshot.Of(gone), null);
                }
            }

            await tx.RunAsync(WriteCypher.DeleteEntities(chunk), ct).ConfigureAwait(false);
        }

        foreach (var key in plan.EntityKeysToDelete)
        {
            recorder.Record(ChangeSnapshot.Of(plan.EntitiesToWrite.LastOrDefault(e => e.Key == key) ?? stored.Entities[key]), null);
        }

        cascaded.ExceptWith(plan.RelationshipsToDelete.Select(r => r.Key));
        cascaded.ExceptWith(plan.RelationshipsToCreate.Select(r => r.Key));

        if (plan.SourceKeysToDelete.Count > 0)
        {
            await RefuseSourcesInUseAsync(plan.SourceKeysToDelete, ct).ConfigureAwait(false);
            foreach (var chunk in plan.SourceKeysToDelete.Chunk(batchSize))
            {
                await tx.RunAsync(WriteCypher.DeleteSources(chunk), ct).ConfigureAwait(false);
            }
        }

        foreach (var key in plan.SourceKeysToDelete)
        {
            recorder.Record(ChangeSnapshot.Of(plan.SourcesToWrite.LastOrDefault(s => s.Key == key) ?? stored.Sources[key]), null);
        }

        var counts = new GraphChangeResult(
            0,
            plan.EntitiesToWrite.Count,
            plan.RelationshipsWritten,
            plan.SourcesToWrite.Count,
            plan.EntityKeysToDelete.Count,
            plan.RelationshipsToDelete.Count + cascaded.Count,
            plan.SourceKeysToDelete.Count);
        return new WrittenChanges(counts, recorder);
    }

    /// <summary>Records numbered changes as <c>(:Change)</c> nodes marked with <paramref name="writeId"/>, in batches.</summary>
    public static async Task RecordAsync(Neo4jTransaction tx, IReadOnlyList<ChangeRecord> records, string writeId, int batchSize, CancellationToken ct)
    {
        foreach (var chunk in records.Chunk(batchSize))
        {
            await tx.RunAsync(ChangeCypher.Record(chunk.Select(ChangeMapper.ToProperties), writeId), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Notes, before any entity is deleted, every upsert and relationship delete the plan makes.</summary>
    private static ChangeRecorder RecordPlannedChanges(ChangePlan plan, StoredState stored)
    {
        var recorder = new ChangeRecorder();
        foreach (var source in plan.SourcesToWrite)
        {
            recorder.Record(ChangeSnapshot.Of(stored.Sources.GetValueOrDefault(source.Key)), ChangeSnapshot.Of(source));
        }

        foreach (var entity in plan.EntitiesToWrite)
        {
            recorder.Record(ChangeSnapshot.Of(stored.Entities.GetValueOrDefault(entity.Key)), ChangeSnapshot.Of(entity));
        }

        foreach (var relationship in plan.RelationshipsToCreate.Concat(plan.RelationshipsToUpdate))
        {
            recorder.Record(ChangeSnapshot.Of(stored.Relationships.GetValueOrDefault(relationship.Key)), ChangeSnapshot.Of(relationship));
        }

        // A replaced relationship that is not re-created was deleted in the same set.
        var created = plan.RelationshipsToCreate.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in plan.RelationshipsToReplace.Where(r => !created.Contains(r.Key)).Concat(plan.RelationshipsToDelete))
        {
            recorder.Record(ChangeSnapshot.Of(relationship), null);
        }

        return recorder;
    }

    private async Task<StoredState> ReadStateAsync(GraphChangeSet changes, CancellationToken ct)
    {
        var (sourceKeys, entityKeys, relationshipKeys) = ChangeSetPlanner.KeysToRead(changes);
        var row = (await tx.RunAsync(WriteCypher.ReadState(sourceKeys, entityKeys, relationshipKeys), ct).ConfigureAwait(false)).Single();
        var sources = row.Get<IReadOnlyList<object?>>("sources").Cast<Neo4jNode>().Select(SourceMapper.FromNode).ToDictionary(s => s.Key, StringComparer.Ordinal);
        var entities = row.Get<IReadOnlyList<object?>>("entities").Cast<Neo4jNode>().Select(EntityMapper.FromNode).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var relationships = row.Get<IReadOnlyList<object?>>("relationships")
            .Cast<IReadOnlyDictionary<string, object?>>()
            .Select(m => RelationshipMapper.FromRelationship((Neo4jRelationship)m["relationship"]!, (string)m["fromKey"]!, (string)m["toKey"]!))
            .ToDictionary(r => r.Key, StringComparer.Ordinal);
        return new StoredState(sources, entities, relationships);
    }

    private async Task RefuseSourcesInUseAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var uses = await tx.RunAsync(WriteCypher.SourceUses(keys), ct).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        foreach (var record in uses.Records)
        {
            var entityUses = record.Get<long>("entityUses");
            var relationshipUses = record.Get<long>("relationshipUses");
            if (entityUses + relationshipUses > 0)
            {
                var key = record.Get<string>("key");
                errors.Add(new ValidationError(
                    $"deleteSourceKeys[{IndexOf(keys, key)}]",
                    ValidationCodes.SourceInUse,
                    $"Source '{key}' is still cited by {entityUses} entities and {relationshipUses} relationships."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    private async Task RunPerTypeAsync(
        IReadOnlyList<Relationship> relationships,
        Func<RelationshipTypeDefinition, IEnumerable<Relationship>, CypherStatement> statement,
        Action<long> written,
        CancellationToken ct)
    {
        foreach (var group in relationships.GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            var type = RelationshipTypes.Find(group.Key)
                ?? throw new ValidationException("relationship.type", ValidationCodes.UnknownRelationshipType, $"'{group.Key}' is not a relationship type.");
            foreach (var chunk in group.Chunk(batchSize))
            {
                await tx.RunAsync(statement(type, chunk), ct).ConfigureAwait(false);
                written(chunk.Length);
            }
        }
    }

    private static IReadOnlyDictionary<string, object?> Row(Relationship relationship) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["key"] = relationship.Key,
        ["fromKey"] = relationship.FromKey,
        ["toKey"] = relationship.ToKey,
        ["properties"] = RelationshipProperties.Of(relationship),
    };
}
