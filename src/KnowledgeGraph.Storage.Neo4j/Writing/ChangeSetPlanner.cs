using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// Checks a change set against the stored state and the registry and works out its writes, without any IO:
/// expected versions must match; create-only source and relationship keys must not be stored yet
/// (<see cref="CreateOnlyKeys"/>); an entity keeps its stored kind (<see cref="EntityKindChange"/>); every entity and relationship cites at least one existing source (stored or
/// upserted in the same set); relationship types are registered and allow the kinds at their ends, which must
/// exist; an upsert equal to what is stored is dropped, so it changes nothing, not even a version.
/// </summary>
public static class ChangeSetPlanner
{
    /// <summary>Every key whose stored state the plan needs, by category.</summary>
    public static (HashSet<string> Sources, HashSet<string> Entities, HashSet<string> Relationships) KeysToRead(GraphChangeSet changes)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        sources.UnionWith(changes.UpsertSources.Select(s => s.Key));
        sources.UnionWith(changes.DeleteSourceKeys);
        sources.UnionWith(changes.UpsertEntities.SelectMany(u => u.Entity.SourceKeys));
        sources.UnionWith(changes.UpsertRelationships.SelectMany(r => r.SourceKeys));
        entities.UnionWith(changes.UpsertEntities.Select(u => u.Entity.Key));
        entities.UnionWith(changes.DeleteEntityKeys);
        entities.UnionWith(changes.UpsertRelationships.SelectMany(r => new[] { r.FromKey, r.ToKey }));
        relationships.UnionWith(changes.UpsertRelationships.Select(r => r.Key));
        relationships.UnionWith(changes.DeleteRelationshipKeys);
        return (sources, entities, relationships);
    }

    public static ChangePlan Plan(GraphChangeSet changes, StoredState stored)
    {
        // The stored state is read after the graph lock, in the write transaction, and holds every upserted key.
        var errors = new List<ValidationError>(CreateOnlyKeys.Check(changes, stored.Sources.ContainsKey, stored.Relationships.ContainsKey));

        var sourcesAfter = new Dictionary<string, Source>(stored.Sources, StringComparer.Ordinal);
        var sourcesToWrite = new LatestByKey<Source>();
        for (var i = 0; i < changes.UpsertSources.Count; i++)
        {
            var source = changes.UpsertSources[i];
            if (string.IsNullOrWhiteSpace(source.Key) || string.IsNullOrWhiteSpace(source.Title))
            {
                errors.Add(new ValidationError($"upsertSources[{i}]", ValidationCodes.Required, "A source needs a key and a title."));
                continue;
            }

            if (!stored.Sources.TryGetValue(source.Key, out var existing) || existing != source)
            {
                sourcesToWrite.Add(source.Key, source);
            }

            sourcesAfter[source.Key] = source;
        }

        var entitiesAfter = new Dictionary<string, Entity>(stored.Entities, StringComparer.Ordinal);
        var entitiesToWrite = new LatestByKey<Entity>();
        for (var i = 0; i < changes.UpsertEntities.Count; i++)
        {
            var (entity, expectedVersion) = changes.UpsertEntities[i];
            var path = RecordPath.InStore(ChangeSetSection.Entities, i);
            var current = stored.Entities.GetValueOrDefault(entity.Key);
            if (expectedVersion is { } expected && expected != (current?.Version ?? 0))
            {
                throw new ConcurrencyConflictException(entity.Key, expected, current?.Version ?? 0);
            }

            // Against the state after the earlier upserts of this set, as the SQLite store sees it row by row.
            if (EntityKindChange.Check(entity, entitiesAfter.GetValueOrDefault(entity.Key)?.Kind, path) is { } kindChange)
            {
                errors.Add(kindChange);
                continue;
            }

            if (!ValidateEntity(entity, path, sourcesAfter, errors))
            {
                continue;
            }

            if (current is not null && UnchangedRecords.Same(entity, current))
            {
                entitiesAfter[entity.Key] = current;
                continue;
            }

            var written = entity with { Version = (current?.Version ?? 0) + 1 };
            entitiesToWrite.Add(entity.Key, written);
            entitiesAfter[entity.Key] = written;
        }

        var toReplace = new List<Relationship>();
        var toCreate = new LatestByKey<Relationship>();
        var toUpdate = new LatestByKey<Relationship>();
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < changes.UpsertRelationships.Count; i++)
        {
            var relationship = changes.UpsertRelationships[i];
            if (!ValidateRelationship(relationship, RecordPath.InStore(ChangeSetSection.Relationships, i), entitiesAfter, sourcesAfter, errors))
            {
                continue;
            }

            toCreate.Remove(relationship.Key);
            toUpdate.Remove(relationship.Key);
            if (!stored.Relationships.TryGetValue(relationship.Key, out var existing))
            {
                toCreate.Add(relationship.Key, relationship);
            }
            else if (existing.Type != relationship.Type || existing.FromKey != relationship.FromKey || existing.ToKey != relationship.ToKey)
            {
                if (replaced.Add(existing.Key))
                {
                    toReplace.Add(existing);
                }

                toCreate.Add(relationship.Key, relationship);
            }
            else if (!UnchangedRecords.Same(relationship, existing))
            {
                toUpdate.Add(relationship.Key, relationship);
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var toDelete = new List<Relationship>();
        foreach (var key in changes.DeleteRelationshipKeys.Distinct(StringComparer.Ordinal))
        {
            toCreate.Remove(key);
            toUpdate.Remove(key);
            if (stored.Relationships.TryGetValue(key, out var existing) && !replaced.Contains(key))
            {
                toDelete.Add(existing);
            }
        }

        var entityDeletes = changes.DeleteEntityKeys.Distinct(StringComparer.Ordinal).Where(entitiesAfter.ContainsKey).ToList();
        var sourceDeletes = changes.DeleteSourceKeys.Distinct(StringComparer.Ordinal).Where(sourcesAfter.ContainsKey).ToList();
        return new ChangePlan(
            sourcesToWrite.ToList(), entitiesToWrite.ToList(), toReplace, toCreate.ToList(), toUpdate.ToList(), toDelete, entityDeletes, sourceDeletes);
    }

    private static bool ValidateEntity(Entity entity, RecordPath path, Dictionary<string, Source> sources, List<ValidationError> errors)
    {
        var count = errors.Count;
        if (!EntityKey.IsValid(entity.Key))
        {
            errors.Add(new ValidationError($"{path}.key", ValidationCodes.InvalidKey, $"'{entity.Key}' is not a valid key: use a lower-case slug such as 'khorgos-gateway'."));
        }

        if (!Enum.IsDefined(entity.Kind))
        {
            errors.Add(new ValidationError($"{path}.kind", ValidationCodes.UnknownKind, $"'{entity.Kind}' is not a kind."));
            return false;
        }

        if (string.IsNullOrWhiteSpace(entity.Name))
        {
            errors.Add(new ValidationError($"{path}.name", ValidationCodes.Required, "An entity needs a name."));
        }

        var definition = EntityKinds.Get(entity.Kind);
        foreach (var (name, value) in entity.Properties)
        {
            var property = definition.Find(name);
            if (property is null)
            {
                errors.Add(new ValidationError($"{path}.properties.{name}", ValidationCodes.UnknownProperty, $"{entity.Kind} has no property '{name}'."));
            }
            else if (property.Type != value.Type && !(property.Type == PropertyType.Number && value.Type == PropertyType.Integer))
            {
                errors.Add(new ValidationError($"{path}.properties.{name}", ValidationCodes.PropertyType, $"'{name}' holds {property.Type} values, not {value.Type}."));
            }
        }

        ValidateSources(entity.SourceKeys, path, sources, errors);
        StoredReferences.CheckCitations(entity, path, errors);
        return errors.Count == count;
    }

    private static bool ValidateRelationship(
        Relationship relationship, RecordPath path, Dictionary<string, Entity> entities, Dictionary<string, Source> sources, List<ValidationError> errors)
    {
        var count = errors.Count;
        if (string.IsNullOrWhiteSpace(relationship.Key))
        {
            errors.Add(new ValidationError($"{path}.key", ValidationCodes.Required, "A relationship needs a key."));
        }

        var type = RelationshipTypes.Find(relationship.Type);
        if (type is null)
        {
            errors.Add(new ValidationError($"{path}.type", ValidationCodes.UnknownRelationshipType, $"'{relationship.Type}' is not a relationship type."));
        }

        var from = entities.GetValueOrDefault(relationship.FromKey);
        var to = entities.GetValueOrDefault(relationship.ToKey);
        foreach (var (key, end) in new[] { (relationship.FromKey, RelationshipEnd.From), (relationship.ToKey, RelationshipEnd.To) })
        {
            if (StoredReferences.CheckEndpoint(key, path, end, entities.ContainsKey) is { } missing)
            {
                errors.Add(missing);
            }
        }

        if (type is not null && from is not null && to is not null && !type.Allows(from.Kind, to.Kind))
        {
            errors.Add(new ValidationError($"{path}.type", ValidationCodes.RelationshipNotAllowed, $"{type.Name} cannot lead from a {from.Kind} to a {to.Kind}."));
        }

        ValidateSources(relationship.SourceKeys, path, sources, errors);
        StoredReferences.CheckCitations(relationship, path, errors);
        return errors.Count == count;
    }

    private static void ValidateSources(IReadOnlyList<string> sourceKeys, RecordPath path, Dictionary<string, Source> sources, List<ValidationError> errors) =>
        StoredReferences.CheckSources(sourceKeys, path, sources.ContainsKey, errors);
}
