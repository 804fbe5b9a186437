using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The compact history (creations keep no copy of their state, who and when kept once per change set) answers what the
/// full snapshots answered. The reference is the history's definition, taken from the store itself: for every change
/// set, each subject's state read before and after it. Every change of every entity, relationship and source over
/// create → update → delete → create again must match it field by field, whether created by a mutation or by an import.
/// </summary>
public sealed class CompactHistoryTests : IDisposable
{
    private static readonly (ChangeSubjectKind Kind, string Key)[] Subjects =
    [
        (ChangeSubjectKind.Source, "second-source"), (ChangeSubjectKind.Source, DefaultSourceKey),
        (ChangeSubjectKind.Entity, "gateway"), (ChangeSubjectKind.Entity, "kz"), (ChangeSubjectKind.Relationship, "r1"),
    ];

    private readonly TemporaryDatabase _database = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task History_reads_the_same_as_full_snapshots_over_create_update_delete_and_create_again(bool createdByImport)
    {
        using var store = await _database.CreateInitializedStoreAsync();

        var expected = await ApplyAllAsync(store, createdByImport);

        await AssertHistoryAsync(store, expected);
    }

    [Fact]
    public async Task Migrating_a_full_history_drops_the_copies_of_created_states_and_answers_the_same()
    {
        List<ChangeRecord> expected;
        using (var store = await _database.CreateInitializedStoreAsync())
        {
            expected = await ApplyAllAsync(store, createdByImport: false);
            store.Connections.ClearPool();
        }

        await using (var connection = await _database.Connections.OpenAsync())
        {
            await DowngradeToFullHistoryAsync(connection, expected);

            // A write the history never saw: the copy of kz's creation must then survive, as nothing else holds it.
            await ExecuteAsync(connection, "UPDATE entities SET name = 'Renamed outside the history' WHERE key = 'kz'");
        }

        using (var migrated = await _database.CreateInitializedStoreAsync())
        {
            await AssertHistoryAsync(migrated, expected);
        }

        await using var check = await _database.Connections.OpenAsync();
        Assert.Equal(SchemaMigrations.LatestVersion, await SchemaMigrator.ReadVersionAsync(check, null));
        Assert.Equal(1L, await ScalarAsync(check, $"SELECT COUNT(*) FROM {ChangeLogTable.Name} WHERE {ChangeLogTable.Operation} = 'Created' AND {ChangeLogTable.After} IS NOT NULL"));
        Assert.Equal("kz", await ScalarAsync(check, $"SELECT {ChangeLogTable.SubjectKey} FROM {ChangeLogTable.Name} WHERE {ChangeLogTable.Operation} = 'Created' AND {ChangeLogTable.After} IS NOT NULL"));
        Assert.Equal((long)expected.Count(r => r.Operation == ChangeOperation.Created), await ScalarAsync(check,
            $"SELECT COUNT(*) FROM {ChangeLogTable.Name} WHERE {ChangeLogTable.Operation} = 'Created'"));
    }

    public void Dispose() => _database.Dispose();

    /// <summary>The change sets, each with the full records the history must answer for it.</summary>
    private static async Task<List<ChangeRecord>> ApplyAllAsync(SqliteGraphStore store, bool createdByImport)
    {
        var expected = new List<ChangeRecord>();
        var creation = Graph(
            [Entity("gateway", name: "Khorgos Gateway", aliases: ["KGZ"], properties: ("startYear", Int(2015))), Entity("kz", EntityKind.Region, "Kazakhstan")],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]) with
        {
            UpsertSources = [Source(), Source("second-source")],
            Author = new ChangeAuthor("importer", "first load"),
        };
        await ApplyAsync(store, creation, expected, createdByImport);
        await ApplyAsync(store, new GraphChangeSet
        {
            UpsertSources = [Source("second-source", "Second source, retitled")],
            UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Khorgos Gateway dry port", description: "A dry port", properties: ("startYear", Int(2016))))],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", role: "site")],
            Author = new ChangeAuthor("curator", "corrections"),
        }, expected);
        await ApplyAsync(store, creation with { Author = new ChangeAuthor("importer", "the same load again, changing nothing") }, expected);
        await ApplyAsync(store, new GraphChangeSet
        {
            DeleteRelationshipKeys = ["r1"],
            DeleteEntityKeys = ["gateway"],
            DeleteSourceKeys = ["second-source"],
            Author = new ChangeAuthor("curator", null),
        }, expected);
        await ApplyAsync(store, new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Khorgos Gateway, again"))],
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")],
        }, expected);
        return expected;
    }

    /// <summary>Applies one change set and notes, for every subject it changed, the record of its full states.</summary>
    private static async Task ApplyAsync(SqliteGraphStore store, GraphChangeSet changes, List<ChangeRecord> expected, bool asImport = false)
    {
        var before = await StatesAsync(store);
        GraphChangeResult result;
        if (asImport)
        {
            await using var session = await store.BeginImportAsync(new GraphImport(changes.Author, changes.RecordCount));
            await session.WriteAsync(changes with { Author = null });
            result = await session.CommitAsync();
        }
        else
        {
            result = await store.ApplyAsync(changes);
        }

        var after = await StatesAsync(store);
        foreach (var subject in Subjects)
        {
            var (old, now) = (before[subject], after[subject]);
            var fields = FieldDiff.Between(old, now);
            if (fields.Count == 0)
            {
                continue;
            }

            expected.Add(new ChangeRecord
            {
                Sequence = 0,
                SubjectKind = subject.Kind,
                SubjectKey = subject.Key,
                EntityKind = ((now ?? old) as EntitySnapshot)?.Entity.Kind,
                Operation = old is null ? ChangeOperation.Created : now is null ? ChangeOperation.Deleted : ChangeOperation.Updated,
                Author = changes.Author?.Name,
                Comment = changes.Author?.Comment,
                At = DateTimeOffset.UnixEpoch,
                GraphVersion = result.GraphVersion,
                Version = (now as EntitySnapshot)?.Entity.Version,
                ChangedFields = fields,
                Before = old,
                After = now,
            });
        }
    }

    private static async Task<Dictionary<(ChangeSubjectKind, string), ChangeSnapshot?>> StatesAsync(SqliteGraphStore store)
    {
        var states = new Dictionary<(ChangeSubjectKind, string), ChangeSnapshot?>();
        foreach (var (kind, key) in Subjects)
        {
            states[(kind, key)] = kind switch
            {
                ChangeSubjectKind.Entity => ChangeSnapshot.Of((await store.GetEntitiesAsync([key])).SingleOrDefault()),
                ChangeSubjectKind.Relationship => ChangeSnapshot.Of((await store.GetRelationshipsByKeyAsync([key])).SingleOrDefault()),
                _ => ChangeSnapshot.Of((await store.GetSourcesAsync([key])).SingleOrDefault()),
            };
        }

        return states;
    }

    private static async Task AssertHistoryAsync(SqliteGraphStore store, List<ChangeRecord> expected)
    {
        foreach (var (kind, key) in Subjects)
        {
            var wanted = expected.Where(r => r.SubjectKind == kind && r.SubjectKey == key).Reverse().ToList();
            var page = await store.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = key, SubjectKind = kind, Take = 50 });
            var recent = await store.GetRecentChangesAsync([key], kind, 50);
            Assert.Equal(wanted.Count, page.TotalCount);
            Assert.Equal(wanted.Count, page.Items.Count);
            Assert.Equal(page.Items.Select(r => r.Sequence), recent.Select(r => r.Sequence));
            for (var i = 0; i < wanted.Count; i++)
            {
                AssertSame(wanted[i], page.Items[i]);
                AssertSame(wanted[i], recent[i]);
            }
        }
    }

    private static void AssertSame(ChangeRecord wanted, ChangeRecord actual)
    {
        var subject = $"{wanted.SubjectKind} {wanted.SubjectKey} at graph version {wanted.GraphVersion}";
        Assert.True(wanted.Operation == actual.Operation, $"{subject}: {actual.Operation}");
        Assert.Equal(wanted.GraphVersion, actual.GraphVersion);
        Assert.Equal(wanted.EntityKind, actual.EntityKind);
        Assert.Equal(wanted.Version, actual.Version);
        Assert.Equal(wanted.Author, actual.Author);
        Assert.Equal(wanted.Comment, actual.Comment);
        Assert.Equal(wanted.ChangedFields, actual.ChangedFields);
        Assert.Equal(ChangeSnapshotJson.Write(wanted.Before), ChangeSnapshotJson.Write(actual.Before));
        Assert.Equal(ChangeSnapshotJson.Write(wanted.After), ChangeSnapshotJson.Write(actual.After));
    }

    /// <summary>
    /// Turns the file back into schema version 3 holding the history as the full format wrote it: who, why and when on
    /// every row, and every creation with its state and field list (those of the reference); the relationships'
    /// citations go back to a row each and their types to an index, as the steps after it expect them.
    /// </summary>
    private static async Task DowngradeToFullHistoryAsync(SqliteConnection connection, List<ChangeRecord> expected)
    {
        await ExecuteAsync(connection, """
            CREATE TABLE change_log_full (
                sequence INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL, subject_key TEXT NOT NULL, entity_kind TEXT,
                operation TEXT NOT NULL, author TEXT, comment TEXT, at TEXT NOT NULL, graph_version INTEGER NOT NULL,
                version INTEGER, changed_fields TEXT NOT NULL DEFAULT '[]', before TEXT, after TEXT);
            INSERT INTO change_log_full
                SELECT c.sequence, c.subject_kind, c.subject_key, c.entity_kind, c.operation, s.author, s.comment, s.at,
                       c.graph_version, c.version, COALESCE(c.changed_fields, '[]'), c.before, c.after
                FROM change_log c JOIN change_sets s ON s.graph_version = c.graph_version;
            DROP TABLE change_log;
            DROP TABLE change_sets;
            ALTER TABLE change_log_full RENAME TO change_log;
            CREATE INDEX ix_change_log_subject ON change_log (subject_key, subject_kind, sequence);
            CREATE TABLE relationship_sources (
                relationship_key TEXT NOT NULL REFERENCES relationships (key) ON DELETE CASCADE,
                source_key TEXT NOT NULL REFERENCES sources (key),
                PRIMARY KEY (relationship_key, source_key)) WITHOUT ROWID;
            CREATE INDEX ix_relationship_sources_source ON relationship_sources (source_key);
            INSERT INTO relationship_sources SELECT r.key, j.value FROM relationships r, json_each(r.source_keys) j;
            DROP TABLE relationship_citations;
            CREATE INDEX ix_relationships_type ON relationships (type);
            DROP TABLE relationship_type_counts;
            PRAGMA user_version = 5;
            """);
        foreach (var created in expected.Where(r => r.Operation == ChangeOperation.Created))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE change_log SET after = $after, changed_fields = $fields " +
                "WHERE subject_kind = $kind AND subject_key = $key AND graph_version = $version AND operation = 'Created'";
            command.Parameters.AddWithValue("$after", ChangeSnapshotJson.Write(created.After));
            command.Parameters.AddWithValue("$fields", PropertyJson.WriteStrings(created.ChangedFields));
            command.Parameters.AddWithValue("$kind", created.SubjectKind.ToString());
            command.Parameters.AddWithValue("$key", created.SubjectKey);
            command.Parameters.AddWithValue("$version", created.GraphVersion);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
