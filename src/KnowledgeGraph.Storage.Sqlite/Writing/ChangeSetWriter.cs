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
using KnowledgeGraph.Storage.Sqlite.History;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Applies one <see cref="GraphChangeSet"/> inside an open write transaction, in the documented order, checking
/// store-level integrity on the way. Problems are collected and thrown together as a <see cref="ValidationException"/>;
/// once one is found nothing more is written, and the caller rolls the transaction back.
/// Statements are prepared once per change set and re-bound per row. Every row that really changes is noted with its
/// state before and after, and the change log is written at the end, in the same transaction. An import into an empty
/// store (a bulk creation) writes no change row for the entities and relationships it creates: its change set row
/// records them all (<see cref="ImportedCreations"/>), and a later change of one writes its creation row first.
/// Create-only keys (<see cref="GraphChangeSet.CreateOnlySourceKeys"/>) are checked first, so a taken one stops every write;
/// an entity upsert that would change the stored kind is refused (<see cref="EntityKindChange"/>).
/// Relationships are counted per cited source and per type (<see cref="KeyCounts"/>): every relationship written, deleted
/// or taken along by its entity changes the counts, which are written once per part, before its sources are deleted.
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

    private const string RelationshipInsertSql = """
        INSERT INTO relationships (key, type, from_key, to_key, role, since_year, until_year, amount, currency,
                                   note, confidence, source_keys, citations)
        VALUES ($key, $type, $from_key, $to_key, $role, $since_year, $until_year, $amount, $currency,
                $note, $confidence, $source_keys, $citations)
        """;

    /// <summary>The parameters of <see cref="EntityUpsertSql"/> in the order they appear, for binding by position.</summary>
    private static readonly string[] EntityParameters =
    [
        "$key", "$kind", "$name", "$name_folded", "$name_sort", "$aliases", "$description", "$description_folded",
        "$description_sort", "$properties", "$properties_folded", "$properties_sort", "$source_keys", "$citations",
    ];

    /// <summary>The parameters of <see cref="RelationshipInsertSql"/> and <see cref="RelationshipUpsertSql"/> (its update adds none), in order, for binding by position.</summary>
    private static readonly string[] RelationshipParameters =
    [
        "$key", "$type", "$from_key", "$to_key", "$role", "$since_year", "$until_year", "$amount", "$currency", "$note",
        "$confidence", "$source_keys", "$citations",
    ];

    // The insert plus the update of a stored row: one column list for both, so a new column cannot be missed in one.
    private const string RelationshipUpsertSql = RelationshipInsertSql + """

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
        INSERT INTO {ChangeLogTable.Name} ({ChangeLogTable.Columns})
        VALUES ($sequence, $subject_kind, $subject_key, $entity_kind, $operation, $graph_version, $version, $changed_fields, $before, $after)
        """;

    private const string ChangeSetInsertSql = $"""
        INSERT INTO {ChangeSetsTable.Name} ({ChangeSetsTable.GraphVersion}, {ChangeSetsTable.Author}, {ChangeSetsTable.Comment}, {ChangeSetsTable.At},
            {ChangeSetsTable.BulkFirstSequence}, {ChangeSetsTable.BulkEntities}, {ChangeSetsTable.BulkRelationships})
        VALUES ($graph_version, $author, $comment, $at, $bulk_first_sequence, $bulk_entities, $bulk_relationships)
        """;

    private static readonly string CreatedOperation = nameof(ChangeOperation.Created);
    private static readonly string[] SubjectKinds = Enum.GetNames<ChangeSubjectKind>();
    private static readonly string EntityCreationRowSql = ImportedCreations.CreationRowSql(ChangeSubjectKind.Entity);
    private static readonly string RelationshipCreationRowSql = ImportedCreations.CreationRowSql(ChangeSubjectKind.Relationship);

    private static readonly string EntityByKeySql = $"SELECT {EntityRows.Columns("e")} FROM entities e WHERE e.key = $key";
    private static readonly string RelationshipByKeySql = $"SELECT {RelationshipRows.Columns("r")} FROM relationships r WHERE r.key = $key";
    private static readonly string SourceByKeySql = $"SELECT {SourceRows.Columns("s")} FROM sources s WHERE s.key = $key";
    private const string DeleteEntityCitationsSql =
        $"DELETE FROM {EntitySourcesTable.Name} WHERE {EntitySourcesTable.EntityKey} = $owner";
    private const string InsertEntityCitationSql =
        $"INSERT INTO {EntitySourcesTable.Name} ({EntitySourcesTable.EntityKey}, {EntitySourcesTable.SourceKey}) VALUES ($owner, $source)";
    private const string SourceInUseSql =
        $"SELECT EXISTS (SELECT 1 FROM {EntitySourcesTable.Name} WHERE {EntitySourcesTable.SourceKey} = $key) " +
        $"OR EXISTS (SELECT 1 FROM {RelationshipCitationsTable.Name} WHERE {RelationshipCitationsTable.SourceKey} = $key)";
    private static readonly string AttachedRelationshipsSql =
        $"SELECT {RelationshipRows.Columns("r")} FROM relationships r WHERE r.from_key = $key OR r.to_key = $key ORDER BY r.key";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<ValidationError> _errors = [];
    private readonly HashSet<string> _existingSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _existingEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityKind> _upsertedKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly KeyCounts _relationshipCitations;
    private readonly KeyCounts _relationshipTypes;

    // Made once: a method group passed as a delegate is a new object per call, and these are asked of every record.
    private readonly Func<string, bool> _sourceExists;
    private readonly Func<string, bool> _entityExists;
    private ChangeRecorder _recorder = new();
    private List<string> _lastSourceKeys = [];
    private string _lastSourceKeysJson = PropertyJson.WriteStrings([]);
    private PositionalStatement? _entityUpsert;
    private PositionalStatement? _relationshipInsert;
    private PositionalStatement? _relationshipUpsert;
    private IProgress<GraphWriteProgress>? _progress;
    private ChangeAuthor? _author;
    private DeferredIndexes? _deferredIndexes;

    // Decided in Begin, in the transaction that holds the write lock: nothing can be written between that check and
    // the commit, so when set, every entity and relationship in the store at the end was created by this import (a
    // bulk creation, recorded as one change set).
    private bool _startedEmpty;
    private bool _importedBefore;
    private long _nextGraphVersion;
    private long _nextSequence;
    private long _recordsTotal;
    private long _recordsDone;
    private GraphChangeResult _written = new(0, 0, 0, 0, 0, 0, 0);

    public ChangeSetWriter(SqliteConnection connection, SqliteTransaction transaction, TimeProvider time)
    {
        _connection = connection;
        _transaction = transaction;
        _time = time;
        _relationshipCitations = new KeyCounts(connection,
            RelationshipCitationsTable.Name, RelationshipCitationsTable.SourceKey, RelationshipCitationsTable.Relationships);
        _relationshipTypes = new KeyCounts(connection,
            RelationshipTypeCountsTable.Name, RelationshipTypeCountsTable.Type, RelationshipTypeCountsTable.Relationships);
        _sourceExists = SourceExists;
        _entityExists = EntityExists;
    }

    private bool Writing => _errors.Count == 0;

    /// <summary>Applies one change set: <see cref="Begin"/>, <see cref="Write"/> and <see cref="Finish"/> in one go.</summary>
    public GraphChangeResult Apply(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Begin(new GraphImport(changes.Author, changes.RecordCount, changes.Progress), bulk: false);
        Write(changes, cancellationToken, reportHistory: true);
        return Finish(cancellationToken);
    }

    /// <summary>
    /// Starts a change set that may come in several parts. With <paramref name="bulk"/>, an import into an empty store
    /// skips looking up earlier states that cannot exist and is recorded as one bulk creation; a large one defers the
    /// secondary and full-text indexes to <see cref="Finish"/>.
    /// </summary>
    public void Begin(GraphImport import, bool bulk)
    {
        _progress = import.Progress;
        _author = import.Author;
        _recordsTotal = import.RecordCount;

        // This transaction holds the write lock, so the version cannot move before the commit.
        _nextGraphVersion = Scalar("SELECT graph_version FROM graph_meta WHERE id = 1") + 1;
        _nextSequence = Scalar(ImportedCreations.LastSequenceSql) + 1;
        _importedBefore = Scalar(ImportedCreations.AnySql) == 1;
        if (bulk)
        {
            _startedEmpty = ScalarOrNull(ImportedCreations.EmptyStoreSql) == 1;
            if (DeferredIndexes.AreDeferred(import.RecordCount, () => _startedEmpty))
            {
                _deferredIndexes = DeferredIndexes.Drop(_connection, _transaction);
            }
        }
    }

    /// <summary>
    /// Writes one part and records its changes. A part with problems throws them together (paths relative to the part)
    /// and leaves the transaction for the caller to roll back.
    /// </summary>
    public GraphChangeResult Write(GraphChangeSet changes, CancellationToken cancellationToken, bool reportHistory = false)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (_errors.Count > 0)
        {
            throw new InvalidOperationException("An earlier part was refused; roll the transaction back.");
        }

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

        // Before the sources go: a source whose last citing relationship this part deleted is free to go with it.
        _relationshipCitations.Apply();
        _relationshipTypes.Apply();
        var sourcesDeleted = DeleteSources(changes.DeleteSourceKeys, cancellationToken);
        _progress?.Report(new GraphWriteProgress(GraphWriteStage.Records, _recordsDone, _recordsTotal));

        if (_errors.Count > 0)
        {
            throw new ValidationException(_errors);
        }

        WriteChangeLog(reportHistory, cancellationToken);
        var part = new GraphChangeResult(
            _nextGraphVersion, entitiesWritten, relationshipsWritten, sourcesWritten, entitiesDeleted, relationshipsDeleted + cascaded, sourcesDeleted);
        _written = _written.Then(part);
        return part;
    }

    /// <summary>
    /// Rebuilds deferred indexes, then moves the graph version on and records who made the change set, when anything
    /// changed. The caller commits.
    /// </summary>
    public GraphChangeResult Finish(CancellationToken cancellationToken)
    {
        _deferredIndexes?.Restore(_connection, _transaction, _progress, cancellationToken);
        _deferredIndexes = null;
        if (!_written.Changed)
        {
            return _written with { GraphVersion = _nextGraphVersion - 1 };
        }

        Execute("UPDATE graph_meta SET graph_version = $version WHERE id = 1", ("$version", _nextGraphVersion));
        var (entityRows, relationshipRows) = _startedEmpty
            ? (Scalar(ImportedCreations.EntityRowsSql), Scalar(ImportedCreations.RelationshipRowsSql))
            : ((long?)null, (long?)null);
        Execute(ChangeSetInsertSql,
            ("$graph_version", _nextGraphVersion), ("$author", _author?.Name), ("$comment", _author?.Comment),
            ("$at", ChangeLogRows.FormatTime(_time.GetUtcNow())),
            ("$bulk_first_sequence", _startedEmpty ? _nextSequence : null), ("$bulk_entities", entityRows), ("$bulk_relationships", relationshipRows));
        return _written;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _entityUpsert?.Dispose();
        _relationshipInsert?.Dispose();
        _relationshipUpsert?.Dispose();
        _relationshipCitations.Dispose();
        _relationshipTypes.Dispose();
    }

    private int UpsertSources(IReadOnlyList<Source> sources, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            Step(cancellationToken);
            var source = sources[i];
            var seen = !_existingSources.Add(source.Key);
            if (!Writing)
            {
                continue;
            }

            var fresh = _startedEmpty && !seen;
            var before = fresh ? null : ReadOne(SourceByKeySql, source.Key, reader => SourceRows.Read(reader));
            var changed = Execute(SourceUpsertSql,
                ("$key", source.Key), ("$title", source.Title), ("$publisher", source.Publisher), ("$url", source.Url),
                ("$published_on", SourceRows.FormatDate(source.PublishedOn)), ("$accessed_on", SourceRows.FormatDate(source.AccessedOn)));
            if (changed > 0)
            {
                if (fresh)
                {
                    RecordCreated(ChangeSubjectKind.Source, source.Key, null, null);
                }
                else
                {
                    Note(ChangeSnapshot.Of(before), ChangeSnapshot.Of(source));
                }

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
            var path = RecordPath.InStore(ChangeSetSection.Entities, i);
            var fresh = _startedEmpty && !_upsertedKinds.ContainsKey(entity.Key);
            var before = fresh ? null : ReadOne(EntityByKeySql, entity.Key, reader => EntityRows.Read(reader));
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
            StoredReferences.CheckCitations(entity, path, _errors);
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

            var upsert = _entityUpsert ??= new PositionalStatement(_connection, EntityUpsertSql, EntityParameters);
            upsert.Bind(1, entity.Key);
            upsert.Bind(2, entity.Kind.ToString());
            upsert.Bind(3, entity.Name);
            upsert.Bind(4, TextFolding.Fold(entity.Name));
            upsert.Bind(5, Collation.Key(entity.Name));
            upsert.Bind(6, PropertyJson.WriteStrings(entity.Aliases));
            upsert.Bind(7, entity.Description);
            upsert.Bind(8, TextFolding.FoldOrNull(entity.Description));
            upsert.Bind(9, Collation.KeyOrNull(entity.Description));
            upsert.Bind(10, properties);
            upsert.Bind(11, foldedProperties);
            upsert.Bind(12, propertySortKeys);
            upsert.Bind(13, SourceKeysJson(sourceKeys));
            upsert.Bind(14, CitationJson.Write(entity.Citations));
            var changed = upsert.Execute();
            if (changed > 0)
            {
                ReplaceEntityCitations(entity.Key, sourceKeys, replace: before is not null);
                if (fresh)
                {
                    RecordCreated(ChangeSubjectKind.Entity, entity.Key, entity.Kind, 1);
                }
                else
                {
                    Note(ChangeSnapshot.Of(before), ChangeSnapshot.Of(entity with { SourceKeys = sourceKeys, Version = (before?.Version ?? 0) + 1 }));
                }

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
            var path = RecordPath.InStore(ChangeSetSection.Relationships, i);
            if (!RelationshipTypes.IsKnown(relationship.Type))
            {
                _errors.Add(new ValidationError(path + ".type", ValidationCodes.UnknownRelationshipType,
                    $"'{relationship.Type}' is not a known relationship type."));
            }

            CheckEntity(relationship.FromKey, path, RelationshipEnd.From);
            CheckEntity(relationship.ToKey, path, RelationshipEnd.To);
            var sourceKeys = CheckSources(relationship.SourceKeys, path);
            StoredReferences.CheckCitations(relationship, path, _errors);
            if (relationship.Amount is { } amount && !double.IsFinite(amount))
            {
                _errors.Add(new ValidationError(path + ".amount", ValidationCodes.OutOfRange, "The amount must be a finite number."));
            }

            if (!Writing)
            {
                continue;
            }

            var sourceKeysJson = SourceKeysJson(sourceKeys);

            // Into a store that started empty a key is new unless this set wrote it already, which the plain insert's
            // key constraint tells; only then is the stored state read and the row upserted.
            var fresh = _startedEmpty && TryInsertRelationship(relationship, sourceKeysJson);
            var before = fresh ? null : ReadOne(RelationshipByKeySql, relationship.Key, reader => RelationshipRows.Read(reader));
            var changed = fresh ? 1 : UpsertRelationship(relationship, sourceKeysJson);
            if (changed > 0)
            {
                // An unchanged source or type nets to nothing, and Apply writes nothing for it.
                if (before is not null)
                {
                    _relationshipCitations.Remove(before.SourceKeys);
                    _relationshipTypes.Remove(before.Type);
                }

                _relationshipCitations.Add(sourceKeys);
                _relationshipTypes.Add(relationship.Type);
                if (fresh)
                {
                    RecordCreated(ChangeSubjectKind.Relationship, relationship.Key, null, null);
                }
                else
                {
                    Note(ChangeSnapshot.Of(before), ChangeSnapshot.Of(relationship with { SourceKeys = sourceKeys }));
                }

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
                Note(ChangeSnapshot.Of(before), null);
                _relationshipCitations.Remove(before.SourceKeys);
                _relationshipTypes.Remove(before.Type);
                deleted += Execute("DELETE FROM relationships WHERE key = $key", ("$key", key));
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

            // The relationships go with the entity (ON DELETE CASCADE); each is recorded as deleted in its own right,
            // noted while the rows still exist.
            var attached = ReadAll(AttachedRelationshipsSql, key, reader => RelationshipRows.Read(reader));
            foreach (var relationship in attached)
            {
                Note(ChangeSnapshot.Of(relationship), null);
                _relationshipCitations.Remove(relationship.SourceKeys);
                _relationshipTypes.Remove(relationship.Type);
            }

            Note(ChangeSnapshot.Of(before), null);
            Execute("DELETE FROM entities WHERE key = $key", ("$key", key));
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
            var inUse = ScalarOrNull(SourceInUseSql, ("$key", key)) ?? 0;
            if (inUse != 0)
            {
                _errors.Add(new ValidationError($"deleteSourceKeys[{i}]", ValidationCodes.SourceInUse,
                    $"Source '{key}' is still cited; remove the citations first."));
                continue;
            }

            if (Writing && ReadOne(SourceByKeySql, key, reader => SourceRows.Read(reader)) is { } before)
            {
                deleted += Execute("DELETE FROM sources WHERE key = $key", ("$key", key));
                Note(ChangeSnapshot.Of(before), null);
            }
        }

        return deleted;
    }

    private List<string> CheckSources(IReadOnlyList<string> sourceKeys, RecordPath path)
    {
        StoredReferences.CheckSources(sourceKeys, path, _sourceExists, _errors);
        return [.. sourceKeys];
    }

    private bool SourceExists(string key) => Exists(_existingSources, "SELECT 1 FROM sources WHERE key = $key", key);

    private void CheckEntity(string key, RecordPath path, RelationshipEnd end)
    {
        if (StoredReferences.CheckEndpoint(key, path, end, _entityExists) is { } missing)
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

    /// <summary>
    /// Writes the citations of an entity; <paramref name="replace"/> first removes those of a stored one (a new one has
    /// none). Nothing while a bulk import defers them: they are filled from the rows' source keys before it commits.
    /// </summary>
    private void ReplaceEntityCitations(string entityKey, List<string> sourceKeys, bool replace)
    {
        if (_deferredIndexes is not null)
        {
            return;
        }

        if (replace)
        {
            Execute(DeleteEntityCitationsSql, ("$owner", entityKey));
        }

        foreach (var sourceKey in sourceKeys)
        {
            Execute(InsertEntityCitationSql, ("$owner", entityKey), ("$source", sourceKey));
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

    /// <summary>
    /// Writes the change rows of what the last part changed and starts a new recorder, so that a long import holds no
    /// more than one part's states. A creation is written without its state: it is read back from the subject's next
    /// change or its current row (<see cref="History.CreatedStates"/>).
    /// </summary>
    private void WriteChangeLog(bool reportProgress, CancellationToken cancellationToken)
    {
        var records = _recorder.Complete(_nextSequence, _nextGraphVersion, _author, _time.GetUtcNow());
        _nextSequence += records.Count;
        _recorder = new ChangeRecorder();
        for (var i = 0; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reportProgress && i % ProgressEvery == 0)
            {
                _progress?.Report(new GraphWriteProgress(GraphWriteStage.History, i, records.Count));
            }

            var record = records[i];
            var created = record.Operation == ChangeOperation.Created;
            Execute(ChangeLogInsertSql,
                ("$sequence", record.Sequence), ("$subject_kind", record.SubjectKind.ToString()), ("$subject_key", record.SubjectKey),
                ("$entity_kind", record.EntityKind?.ToString()), ("$operation", record.Operation.ToString()),
                ("$graph_version", record.GraphVersion), ("$version", record.Version),
                ("$changed_fields", created ? null : PropertyJson.WriteStrings(record.ChangedFields)),
                ("$before", ChangeSnapshotJson.Write(record.Before)), ("$after", created ? null : ChangeSnapshotJson.Write(record.After)));
        }

        if (reportProgress)
        {
            _progress?.Report(new GraphWriteProgress(GraphWriteStage.History, records.Count, records.Count));
        }
    }

    /// <summary>
    /// The JSON of a record's source keys. Records written one after the other mostly cite the same sources: the text
    /// of the last list is reused for an equal one, one string for all of them instead of one each.
    /// </summary>
    private string SourceKeysJson(List<string> sourceKeys)
    {
        if (!sourceKeys.SequenceEqual(_lastSourceKeys, StringComparer.Ordinal))
        {
            _lastSourceKeysJson = PropertyJson.WriteStrings(sourceKeys);
            _lastSourceKeys = sourceKeys;
        }

        return _lastSourceKeysJson;
    }

    /// <summary>
    /// Inserts a relationship the store did not hold when the import began; false when this change set wrote the key
    /// already. The bulk path's commonest row, so bound by position (<see cref="PositionalStatement"/>).
    /// </summary>
    private bool TryInsertRelationship(Relationship relationship, string sourceKeysJson)
    {
        var insert = _relationshipInsert ??= new PositionalStatement(_connection, RelationshipInsertSql, RelationshipParameters);
        BindRelationship(insert, relationship, sourceKeysJson);
        return insert.TryExecute(SqliteResultCodes.PrimaryKeyViolation, SqliteResultCodes.UniqueViolation);
    }

    /// <summary>Inserts or updates a relationship; how many rows changed (none when the stored row already holds these values).</summary>
    private int UpsertRelationship(Relationship relationship, string sourceKeysJson)
    {
        var upsert = _relationshipUpsert ??= new PositionalStatement(_connection, RelationshipUpsertSql, RelationshipParameters);
        BindRelationship(upsert, relationship, sourceKeysJson);
        return upsert.Execute();
    }

    /// <summary>Binds a relationship's values in the order of <see cref="RelationshipParameters"/>, which both statements share.</summary>
    private static void BindRelationship(PositionalStatement statement, Relationship relationship, string sourceKeysJson)
    {
        statement.Bind(1, relationship.Key);
        statement.Bind(2, relationship.Type);
        statement.Bind(3, relationship.FromKey);
        statement.Bind(4, relationship.ToKey);
        statement.Bind(5, relationship.Role);
        statement.Bind(6, relationship.SinceYear);
        statement.Bind(7, relationship.UntilYear);
        statement.Bind(8, relationship.Amount);
        statement.Bind(9, relationship.Currency);
        statement.Bind(10, relationship.Note);
        statement.Bind(11, relationship.Confidence.ToString());
        statement.Bind(12, sourceKeysJson);
        statement.Bind(13, CitationJson.Write(relationship.Citations));
    }

    /// <summary>
    /// Records at once the creation of a subject the set had not touched in a store that started empty: no state to
    /// compare, nothing to merge, and a creation stores no state, so it needs no place in the recorder.
    /// </summary>
    private void RecordCreated(ChangeSubjectKind subjectKind, string key, EntityKind? entityKind, long? version)
    {
        if (_startedEmpty && subjectKind != ChangeSubjectKind.Source)
        {
            // Recorded by the import's change set as a whole (ImportedCreations).
            return;
        }

        Execute(ChangeLogInsertSql,
            ("$sequence", _nextSequence++), ("$subject_kind", SubjectKinds[(int)subjectKind]), ("$subject_key", key),
            ("$entity_kind", entityKind?.ToString()), ("$operation", CreatedOperation), ("$graph_version", _nextGraphVersion),
            ("$version", version), ("$changed_fields", null), ("$before", null), ("$after", null));
    }

    /// <summary>
    /// Notes that a subject went from <paramref name="before"/> to <paramref name="after"/>; call it while the subject's
    /// row still exists. An entity or relationship created by a bulk import is not recorded row by row: in the import
    /// itself any later touch is part of its creation (one change per subject per change set), and afterwards its first
    /// change writes its creation row first (<see cref="ImportedCreations.CreationRowSql"/>).
    /// </summary>
    private void Note(ChangeSnapshot? before, ChangeSnapshot? after)
    {
        // The store started empty: every entity and relationship it holds was created by this import.
        if (_startedEmpty && (before ?? after) is EntitySnapshot or RelationshipSnapshot)
        {
            return;
        }

        switch (before)
        {
            case EntitySnapshot entity when _importedBefore:
                Execute(EntityCreationRowSql, ("$key", entity.Key), ("$version", entity.Entity.Version));
                break;
            case RelationshipSnapshot relationship when _importedBefore:
                Execute(RelationshipCreationRowSql, ("$key", relationship.Key));
                break;
        }

        _recorder.Record(before, after);
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
