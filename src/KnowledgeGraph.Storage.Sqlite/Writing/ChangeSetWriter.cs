using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Applies one <see cref="GraphChangeSet"/> inside an open write transaction, in the documented order, checking
/// store-level integrity on the way. Problems are collected and thrown together as a <see cref="ValidationException"/>;
/// once one is found nothing more is written, and the caller rolls the transaction back.
/// Statements are prepared once per change set and re-bound per row. Every row that really changes is noted with its
/// state before and after, and the change log is written at the end, in the same transaction.
/// Create-only keys (<see cref="GraphChangeSet.CreateOnlySourceKeys"/>) are checked first, so a taken one stops every write;
/// an entity upsert that would change the stored kind is refused (<see cref="EntityKindChange"/>).
/// Progress goes to <see cref="GraphChangeSet.Progress"/> every <see cref="ProgressEvery"/> records and at the end of
/// each stage; cancellation is checked at every record, so a cancelled import stops within one row and rolls back.
/// </summary>
internal sealed class ChangeSetWriter : IDisposable
{
    /// <summary>Records between two progress reports: often enough for a display, rare enough to cost nothing.</summary>
    internal const int ProgressEvery = 1000;

    private const string SourceUpsertSql = """
        INSERT INTO sources (key, title, publisher, url, published_on, accessed_on)
        VALUES ($key, $title, $publisher, $url, $published_on, $accessed_on)
        ON CONFLICT (key) DO UPDATE SET
            title = excluded.title, publisher = excluded.publisher, url = excluded.url,
            published_on = excluded.published_on, accessed_on = excluded.accessed_on
        WHERE sources.title IS NOT excluded.title OR sources.publisher IS NOT excluded.publisher
            OR sources.url IS NOT excluded.url OR sources.published_on IS NOT excluded.published_on
            OR sources.accessed_on IS NOT excluded.accessed_on
        """;

    private const string EntityUpsertSql = """
        INSERT INTO entities (key, kind, name, name_folded, name_sort, aliases, description, description_folded,
                              description_sort, properties, properties_folded, properties_sort, source_keys, citations, version)
        VALUES ($key, $kind, $name, $name_folded, $name_sort, $aliases, $description, $description_folded,
                $description_sort, $properties, $properties_folded, $properties_sort, $source_keys, $citations, 1)
        ON CONFLICT (key) DO UPDATE SET
            kind = excluded.kind, name = excluded.name, name_folded = excluded.name_folded, name_sort = excluded.name_sort,
            aliases = excluded.aliases, description = excluded.description,
            description_folded = excluded.description_folded, description_sort = excluded.description_sort,
            properties = excluded.properties, properties_folded = excluded.properties_folded,
            properties_sort = excluded.properties_sort, source_keys = excluded.source_keys,
            citations = excluded.citations, version = entities.version + 1
        WHERE entities.kind IS NOT excluded.kind OR entities.name IS NOT excluded.name
            OR entities.aliases IS NOT excluded.aliases OR entities.description IS NOT excluded.description
            OR entities.properties IS NOT excluded.properties OR entities.source_keys IS NOT excluded.source_keys
            OR entities.citations IS NOT excluded.citations
        """;

    private const string RelationshipUpsertSql = """
        INSERT INTO relationships (key, type, from_key, to_key, role, since_year, until_year, amount, currency,
                                   note, confidence, source_keys, citations)
        VALUES ($key, $type, $from_key, $to_key, $role, $since_year, $until_year, $amount, $currency,
                $note, $confidence, $source_keys, $citations)
        ON CONFLICT (key) DO UPDATE SET
            type = excluded.type, from_key = excluded.from_key, to_key = excluded.to_key, role = excluded.role,
            since_year = excluded.since_year, until_year = excluded.until_year, amount = excluded.amount,
            currency = excluded.currency, note = excluded.note, confidence = excluded.confidence,
            source_keys = excluded.source_keys, citations = excluded.citations
        WHERE relationships.type IS NOT excluded.type OR relationships.from_key IS NOT excluded.from_key
            OR relationships.to_key IS NOT excluded.to_key OR relationships.role IS NOT excluded.role
            OR relationships.since_year IS NOT excluded.since_year OR relationships.until_year IS NOT excluded.until_year
            OR relationships.amount IS NOT excluded.amount OR relationships.currency IS NOT excluded.currency
            OR relationships.note IS NOT excluded.note OR relationships.confidence IS NOT excluded.confidence
            OR relationships.source_keys IS NOT excluded.source_keys OR relationships.citations IS NOT excluded.citations
        """;

    private const string ChangeLogInsertSql = $"""
        INSERT INTO {ChangeLogTable.Name} ({ChangeLogTable.Sequence}, {ChangeLogTable.SubjectKind}, {ChangeLogTable.SubjectKey},
            {ChangeLogTable.EntityKind}, {ChangeLogTable.Operation}, {ChangeLogTable.Author}, {ChangeLogTable.Comment}, {ChangeLogTable.At},
            {ChangeLogTable.GraphVersion}, {ChangeLogTable.Version}, {ChangeLogTable.ChangedFields}, {ChangeLogTable.Before}, {ChangeLogTable.After})
        VALUES ($sequence, $subject_kind, $subject_key, $entity_kind, $operation, $author, $comment, $at,
            $graph_version, $version, $changed_fields, $before, $after)
        """;

    private static readonly string EntityByKeySql = $"SELECT {EntityRows.Columns("e")} FROM entities e WHERE e.key = $key";
    private static readonly string RelationshipByKeySql = $"SELECT {RelationshipRows.Columns("r")} FROM relationships r WHERE r.key = $key";
    private static readonly string SourceByKeySql = $"SELECT {SourceRows.Columns("s")} FROM sources s WHERE s.key = $key";
    private static readonly string AttachedRelationshipsSql =
        $"SELECT {RelationshipRows.Columns("r")} FROM relationships r WHERE r.from_key = $key OR r.to_key = $key ORDER BY r.key";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<ValidationError> _errors = [];
    private readonly HashSet<string> _existingSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _existingEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityKind> _upsertedKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly ChangeRecorder _recorder = new();
    private readonly TimeProvider _time;
    private IProgress<GraphWriteProgress>? _progress;
    private long _recordsTotal;
    private long _recordsDone;

    public ChangeSetWriter(SqliteConnection connection, SqliteTransaction transaction, TimeProvider time)
    {
        _connection = connection;
        _transaction = transaction;
        _time = time;
    }

    private bool Writing => _errors.Count == 0;

    public GraphChangeResult Apply(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _progress = changes.Progress;
        _recordsTotal = changes.RecordCount;

        // Checked before the first write, inside the transaction that holds the write lock: no other writer can take
        // a key between this check and the insert.
        _errors.AddRange(CreateOnlyKeys.Check(
            changes,
            key => ScalarOrNull("SELECT 1 FROM sources WHERE key = $key", ("$key", key)) is not null,
            key => ScalarOrNull("SELECT 1 FROM relationships WHERE key = $key", ("$key", key)) is not null));
        var sourcesWritten = UpsertSources(changes.UpsertSources, cancellationToken);
        var entitiesWritten = UpsertEntities(changes.UpsertEntities, cancellationToken);
        var relationshipsWritten = UpsertRelationships(changes.UpsertRelationships, cancellationToken);
        var relationshipsDeleted = DeleteRelationships(changes.DeleteRelationshipKeys, cancellationToken);
        var (entitiesDeleted, cascaded) = DeleteEntities(changes.DeleteEntityKeys, cancellationToken);
        var sourcesDeleted = DeleteSources(changes.DeleteSourceKeys, cancellationToken);
        _progress?.Report(new GraphWriteProgress(GraphWriteStage.Records, _recordsDone, _recordsTotal));

        if (_errors.Count > 0)
        {
            throw new ValidationException(_errors);
        }

        var changed = sourcesWritten + entitiesWritten + relationshipsWritten + relationshipsDeleted + entitiesDeleted + sourcesDeleted > 0;
        var graphVersion = changed
            ? Scalar("UPDATE graph_meta SET graph_version = graph_version + 1 WHERE id = 1 RETURNING graph_version")
            : Scalar("SELECT graph_version FROM graph_meta WHERE id = 1");
        if (changed)
        {
            WriteChangeLog(graphVersion, changes.Author, cancellationToken);
        }

        return new GraphChangeResult(
            graphVersion, entitiesWritten, relationshipsWritten, sourcesWritten, entitiesDeleted, relationshipsDeleted + cascaded, sourcesDeleted);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private int UpsertSources(IReadOnlyList<Source> sources, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            Step(cancellationToken);
            var source = sources[i];
            _existingSources.Add(source.Key);
            if (!Writing)
            {
                continue;
            }

            var before = ReadOne(SourceByKeySql, source.Key, reader => SourceRows.Read(reader));
            var changed = Execute(SourceUpsertSql,
                ("$key", source.Key), ("$title", source.Title), ("$publisher", source.Publisher), ("$url", source.Url),
                ("$published_on", SourceRows.FormatDate(source.PublishedOn)), ("$accessed_on", SourceRows.FormatDate(source.AccessedOn)));
            if (changed > 0)
            {
                _recorder.Record(ChangeSnapshot.Of(before), ChangeSnapshot.Of(source));
                written++;
            }
        }

        return written;
    }

    private int UpsertEntities(IReadOnlyList<EntityUpsert> upserts, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var i = 0; i < upserts.Count; i++)
        {
            Step(cancellationToken);
            var (entity, expectedVersion) = upserts[i];
            var path = $"upsertEntities[{i}]";
            var before = ReadOne(EntityByKeySql, entity.Key, reader => EntityRows.Read(reader));
            if (expectedVersion is { } expected && expected != (before?.Version ?? 0))
            {
                throw new ConcurrencyConflictException(entity.Key, expected, before?.Version ?? 0);
            }

            // Read in this transaction, which holds the write lock: the kind cannot change between check and write. An
            // earlier upsert of the key in this set counts even when errors stopped it being written.
            var storedKind = _upsertedKinds.TryGetValue(entity.Key, out var upsertedKind) ? upsertedKind : before?.Kind;
            if (EntityKindChange.Check(entity, storedKind, path) is { } kindChange)
            {
                _errors.Add(kindChange);
                _existingEntities.Add(entity.Key);
                continue;
            }

            _upsertedKinds[entity.Key] = entity.Kind;

            var sourceKeys = CheckSources(entity.SourceKeys, path);
            StoredReferences.CheckCitations(entity.Citations, entity.SourceKeys, CitableFields.Of(entity), path, _errors);
            string properties, foldedProperties, propertySortKeys;
            try
            {
                properties = PropertyJson.Write(entity.Properties);
                foldedProperties = PropertyJson.WriteFoldedText(entity.Properties);
                propertySortKeys = PropertyJson.WriteSortKeys(entity.Properties);
            }
            catch (ArgumentException e)
            {
                _errors.Add(new ValidationError(path + ".properties", ValidationCodes.OutOfRange, e.Message));
                continue;
            }
            finally
            {
                _existingEntities.Add(entity.Key);
            }

            if (!Writing)
            {
                continue;
            }

            var changed = Execute(EntityUpsertSql,
                ("$key", entity.Key), ("$kind", entity.Kind.ToString()), ("$name", entity.Name),
                ("$name_folded", TextFolding.Fold(entity.Name)), ("$name_sort", Collation.Key(entity.Name)),
                ("$aliases", PropertyJson.WriteStrings(entity.Aliases)),
                ("$description", entity.Description), ("$description_folded", TextFolding.FoldOrNull(entity.Description)),
                ("$description_sort", Collation.KeyOrNull(entity.Description)),
                ("$properties", properties), ("$properties_folded", foldedProperties), ("$properties_sort", propertySortKeys),
                ("$source_keys", PropertyJson.WriteStrings(sourceKeys)), ("$citations", CitationJson.Write(entity.Citations)));
            if (changed > 0)
            {
                ReplaceCitations("entity_sources", "entity_key", entity.Key, sourceKeys);
                _recorder.Record(ChangeSnapshot.Of(before), ChangeSnapshot.Of(entity with { SourceKeys = sourceKeys, Version = (before?.Version ?? 0) + 1 }));
                written++;
            }
        }

        return written;
    }

    private int UpsertRelationships(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var i = 0; i < relationships.Count; i++)
        {
            Step(cancellationToken);
            var relationship = relationships[i];
            var path = $"upsertRelationships[{i}]";
            if (!RelationshipTypes.IsKnown(relationship.Type))
            {
                _errors.Add(new ValidationError(path + ".type", ValidationCodes.UnknownRelationshipType,
                    $"'{relationship.Type}' is not a known relationship type."));
            }

            CheckEntity(relationship.FromKey, path, RelationshipEnd.From);
            CheckEntity(relationship.ToKey, path, RelationshipEnd.To);
            var sourceKeys = CheckSources(relationship.SourceKeys, path);
            StoredReferences.CheckCitations(relationship.Citations, relationship.SourceKeys, CitableFields.Of(relationship), path, _errors);
            if (relationship.Amount is { } amount && !double.IsFinite(amount))
            {
                _errors.Add(new ValidationError(path + ".amount", ValidationCodes.OutOfRange, "The amount must be a finite number."));
            }

            if (!Writing)
            {
                continue;
            }

            var before = ReadOne(RelationshipByKeySql, relationship.Key, reader => RelationshipRows.Read(reader));
            var changed = Execute(RelationshipUpsertSql,
                ("$key", relationship.Key), ("$type", relationship.Type), ("$from_key", relationship.FromKey),
                ("$to_key", relationship.ToKey), ("$role", relationship.Role), ("$since_year", relationship.SinceYear),
                ("$until_year", relationship.UntilYear), ("$amount", relationship.Amount), ("$currency", relationship.Currency),
                ("$note", relationship.Note), ("$confidence", relationship.Confidence.ToString()),
                ("$source_keys", PropertyJson.WriteStrings(sourceKeys)), ("$citations", CitationJson.Write(relationship.Citations)));
            if (changed > 0)
            {
                ReplaceCitations("relationship_sources", "relationship_key", relationship.Key, sourceKeys);
                _recorder.Record(ChangeSnapshot.Of(before), ChangeSnapshot.Of(relationship with { SourceKeys = sourceKeys }));
                written++;
            }
        }

        return written;
    }

    private int DeleteRelationships(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var key in keys)
        {
            Step(cancellationToken);
            if (Writing && ReadOne(RelationshipByKeySql, key, reader => RelationshipRows.Read(reader)) is { } before)
            {
                deleted += Execute("DELETE FROM relationships WHERE key = $key", ("$key", key));
                _recorder.Record(ChangeSnapshot.Of(before), null);
            }
        }

        return deleted;
    }

    private (int Entities, int Relationships) DeleteEntities(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var entities = 0;
        var relationships = 0;
        foreach (var key in keys)
        {
            Step(cancellationToken);
            _existingEntities.Remove(key);
            if (!Writing)
            {
                continue;
            }

            if (ReadOne(EntityByKeySql, key, reader => EntityRows.Read(reader)) is not { } before)
            {
                continue;
            }

            // The relationships go with the entity (ON DELETE CASCADE); each is recorded as deleted in its own right.
            var attached = ReadAll(AttachedRelationshipsSql, key, reader => RelationshipRows.Read(reader));
            Execute("DELETE FROM entities WHERE key = $key", ("$key", key));
            foreach (var relationship in attached)
            {
                _recorder.Record(ChangeSnapshot.Of(relationship), null);
            }

            _recorder.Record(ChangeSnapshot.Of(before), null);
            entities++;
            relationships += attached.Count;
        }

        return (entities, relationships);
    }

    private int DeleteSources(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            Step(cancellationToken);
            var key = keys[i];
            _existingSources.Remove(key);
            var inUse = ScalarOrNull(
                "SELECT EXISTS (SELECT 1 FROM entity_sources WHERE source_key = $key) " +
                "OR EXISTS (SELECT 1 FROM relationship_sources WHERE source_key = $key)",
                ("$key", key)) ?? 0;
            if (inUse != 0)
            {
                _errors.Add(new ValidationError($"deleteSourceKeys[{i}]", ValidationCodes.SourceInUse,
                    $"Source '{key}' is still cited; remove the citations first."));
                continue;
            }

            if (Writing && ReadOne(SourceByKeySql, key, reader => SourceRows.Read(reader)) is { } before)
            {
                deleted += Execute("DELETE FROM sources WHERE key = $key", ("$key", key));
                _recorder.Record(ChangeSnapshot.Of(before), null);
            }
        }

        return deleted;
    }

    private List<string> CheckSources(IReadOnlyList<string> sourceKeys, string path)
    {
        StoredReferences.CheckSources(sourceKeys, path, SourceExists, _errors);
        return [.. sourceKeys];
    }

    private bool SourceExists(string key) => Exists(_existingSources, "SELECT 1 FROM sources WHERE key = $key", key);

    private void CheckEntity(string key, string path, RelationshipEnd end)
    {
        if (StoredReferences.CheckEndpoint(key, path, end, EntityExists) is { } missing)
        {
            _errors.Add(missing);
        }
    }

    private bool EntityExists(string key) => Exists(_existingEntities, "SELECT 1 FROM entities WHERE key = $key", key);

    /// <summary>Whether <paramref name="key"/> is known to exist, asking the database (<paramref name="sql"/>) once per key.</summary>
    private bool Exists(HashSet<string> known, string sql, string key)
    {
        if (known.Contains(key))
        {
            return true;
        }

        if (ScalarOrNull(sql, ("$key", key)) is null)
        {
            return false;
        }

        known.Add(key);
        return true;
    }

    private void ReplaceCitations(string table, string ownerColumn, string ownerKey, List<string> sourceKeys)
    {
        // Table and column names are compile-time constants chosen by the two callers above.
        Execute($"DELETE FROM {table} WHERE {ownerColumn} = $owner", ("$owner", ownerKey));
        foreach (var sourceKey in sourceKeys)
        {
            Execute($"INSERT INTO {table} ({ownerColumn}, source_key) VALUES ($owner, $source)", ("$owner", ownerKey), ("$source", sourceKey));
        }
    }

    /// <summary>Before each record: stops a cancelled write and reports progress every <see cref="ProgressEvery"/> records.</summary>
    private void Step(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_recordsDone % ProgressEvery == 0)
        {
            _progress?.Report(new GraphWriteProgress(GraphWriteStage.Records, _recordsDone, _recordsTotal));
        }

        _recordsDone++;
    }

    private void WriteChangeLog(long graphVersion, ChangeAuthor? author, CancellationToken cancellationToken)
    {
        var first = Scalar($"SELECT COALESCE(MAX({ChangeLogTable.Sequence}), 0) + 1 FROM {ChangeLogTable.Name}");
        var at = _time.GetUtcNow();
        var records = _recorder.Complete(first, graphVersion, author, at);
        for (var i = 0; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i % ProgressEvery == 0)
            {
                _progress?.Report(new GraphWriteProgress(GraphWriteStage.History, i, records.Count));
            }

            var record = records[i];
            Execute(ChangeLogInsertSql,
                ("$sequence", record.Sequence), ("$subject_kind", record.SubjectKind.ToString()), ("$subject_key", record.SubjectKey),
                ("$entity_kind", record.EntityKind?.ToString()), ("$operation", record.Operation.ToString()),
                ("$author", record.Author), ("$comment", record.Comment), ("$at", ChangeLogRows.FormatTime(record.At)),
                ("$graph_version", record.GraphVersion), ("$version", record.Version),
                ("$changed_fields", PropertyJson.WriteStrings(record.ChangedFields)),
                ("$before", ChangeSnapshotJson.Write(record.Before)), ("$after", ChangeSnapshotJson.Write(record.After)));
        }

        _progress?.Report(new GraphWriteProgress(GraphWriteStage.History, records.Count, records.Count));
    }

    private T? ReadOne<T>(string sql, string key, Func<SqliteDataReader, T> read)
        where T : class
    {
        using var reader = Bind(sql, [("$key", key)]).ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }

    private List<T> ReadAll<T>(string sql, string key, Func<SqliteDataReader, T> read)
    {
        var items = new List<T>();
        using var reader = Bind(sql, [("$key", key)]).ExecuteReader();
        while (reader.Read())
        {
            items.Add(read(reader));
        }

        return items;
    }

    private int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(sql, parameters).ExecuteNonQuery();

    private long Scalar(string sql) => ScalarOrNull(sql) ?? throw new InvalidOperationException($"'{sql}' returned no value.");

    private long? ScalarOrNull(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Bind(sql, parameters).ExecuteScalar() is long value ? value : null;

    private SqliteCommand Bind(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
