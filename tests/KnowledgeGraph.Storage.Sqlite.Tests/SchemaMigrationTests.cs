using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Initialize_brings_a_new_file_to_the_latest_schema_version()
    {
        await _database.CreateInitializedStoreAsync();

        await using var connection = await _database.Connections.OpenAsync();
        Assert.Equal(SchemaMigrations.LatestVersion, await SchemaMigrator.ReadVersionAsync(connection, null));
    }

    [Fact]
    public async Task Migrating_an_up_to_date_file_applies_nothing_and_keeps_data()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([Entity("kept")]));

        await using var connection = await _database.Connections.OpenAsync();
        var applied = await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All);

        Assert.Equal(0, applied);
        Assert.Single(await store.GetEntitiesAsync(["kept"]));
    }

    [Fact]
    public async Task Migration_steps_apply_in_order_each_in_its_own_transaction()
    {
        IReadOnlyList<SchemaMigration> steps =
        [
            new(1, "first", "CREATE TABLE first_step (id INTEGER PRIMARY KEY);"),
            new(2, "second", "CREATE TABLE second_step (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);"),
        ];
        await using var connection = await _database.Connections.OpenAsync();

        await Assert.ThrowsAsync<SqliteException>(() => SchemaMigrator.MigrateAsync(connection, steps));

        Assert.Equal(1, await SchemaMigrator.ReadVersionAsync(connection, null));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'first_step'"));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'second_step'"));
    }

    [Fact]
    public async Task A_file_from_before_citations_keeps_its_records_which_read_with_no_citations()
    {
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All.Take(4).ToList());
            await ScalarAsync(connection, """
                INSERT INTO sources (key, title) VALUES ('test-source', 'A source');
                INSERT INTO entities (key, kind, name, name_folded, source_keys, version) VALUES ('kept', 'Project', 'Kept', 'kept', '["test-source"]', 1);
                INSERT INTO entity_sources (entity_key, source_key) VALUES ('kept', 'test-source');
                SELECT 0;
                """);

            Assert.Equal(SchemaMigrations.All.Count - 4, await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All));
        }

        var store = await _database.CreateInitializedStoreAsync();
        var entity = Assert.Single(await store.GetEntitiesAsync(["kept"]));
        Assert.Equal(("Kept", 1L), (entity.Name, entity.Version));
        Assert.Empty(entity.Citations);
    }

    [Fact]
    public async Task Initialize_refuses_a_file_written_by_a_newer_schema()
    {
        await _database.CreateInitializedStoreAsync();
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {SchemaMigrations.LatestVersion + 1}";
            await command.ExecuteNonQueryAsync();
        }

        var store = _database.CreateStore();
        var error = await Assert.ThrowsAsync<UnsupportedSchemaVersionException>(() => store.InitializeAsync());

        Assert.Equal(SchemaMigrations.LatestVersion + 1, error.FileVersion);
        Assert.Contains(_database.FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_are_numbered_one_by_one_from_one()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), SchemaMigrations.All.Select(m => m.Version));
    }

    [Theory]
    [InlineData(SourcesTable.Name, new[] { SourcesTable.Key, SourcesTable.Title, SourcesTable.Publisher, SourcesTable.Url, SourcesTable.PublishedOn, SourcesTable.AccessedOn })]
    [InlineData(EntitiesTable.Name, new[] { EntitiesTable.Id, EntitiesTable.Key, EntitiesTable.Kind, EntitiesTable.EntityName, EntitiesTable.NameFolded, EntitiesTable.Aliases, EntitiesTable.Description, EntitiesTable.DescriptionFolded, EntitiesTable.Properties, EntitiesTable.PropertiesFolded, EntitiesTable.SourceKeys, EntitiesTable.Version, EntitiesTable.NameSort, EntitiesTable.DescriptionSort, EntitiesTable.PropertiesSort, EntitiesTable.Citations })]
    [InlineData(RelationshipsTable.Name, new[] { RelationshipsTable.Key, RelationshipsTable.Type, RelationshipsTable.FromKey, RelationshipsTable.ToKey, RelationshipsTable.Role, RelationshipsTable.SinceYear, RelationshipsTable.UntilYear, RelationshipsTable.Amount, RelationshipsTable.Currency, RelationshipsTable.Note, RelationshipsTable.Confidence, RelationshipsTable.SourceKeys, RelationshipsTable.Citations })]
    [InlineData(EntitySourcesTable.Name, new[] { EntitySourcesTable.EntityKey, EntitySourcesTable.SourceKey })]
    [InlineData(RelationshipCitationsTable.Name, new[] { RelationshipCitationsTable.SourceKey, RelationshipCitationsTable.Relationships })]
    [InlineData(GraphMetaTable.Name, new[] { GraphMetaTable.Id, GraphMetaTable.GraphVersion })]
    [InlineData(EntitySearchTable.Name, new[] { EntitySearchTable.EntityName, EntitySearchTable.Aliases, EntitySearchTable.Description })]
    [InlineData(ChangeLogTable.Name, new[] { ChangeLogTable.Sequence, ChangeLogTable.SubjectKind, ChangeLogTable.SubjectKey, ChangeLogTable.EntityKind, ChangeLogTable.Operation, ChangeLogTable.GraphVersion, ChangeLogTable.Version, ChangeLogTable.ChangedFields, ChangeLogTable.Before, ChangeLogTable.After })]
    [InlineData(ChangeSetsTable.Name, new[] { ChangeSetsTable.GraphVersion, ChangeSetsTable.Author, ChangeSetsTable.Comment, ChangeSetsTable.At, ChangeSetsTable.BulkFirstSequence, ChangeSetsTable.BulkEntities, ChangeSetsTable.BulkRelationships })]
    public async Task Schema_constants_name_the_tables_and_columns_the_migrations_create(string table, string[] columns)
    {
        await _database.CreateInitializedStoreAsync();
        await using var connection = await _database.Connections.OpenAsync();

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        var actual = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actual.Add(reader.GetString(0));
            }
        }

        Assert.Equal(columns.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(RelationshipsTable.FromIndex, RelationshipsTable.FromKey)]
    [InlineData(RelationshipsTable.ToIndex, RelationshipsTable.ToKey)]
    public async Task Relationship_adjacency_indexes_lead_with_the_end_key_then_the_type(string index, string firstColumn)
    {
        await _database.CreateInitializedStoreAsync();
        await using var connection = await _database.Connections.OpenAsync();

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_index_info($index) ORDER BY seqno";
        command.Parameters.AddWithValue("$index", index);
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Equal([firstColumn, RelationshipsTable.Type], columns);
    }

    [Fact]
    public async Task The_collation_key_step_fills_the_keys_of_entities_written_before_it()
    {
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All.Where(m => m.Version < 4).ToList());
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO entities (key, kind, name, name_folded, description, properties, version) VALUES
                    ('ktz', 'Company', 'KTZ – Huawei', 'ktz – huawei', NULL, '{"country":"Kazakhstan"}', 1),
                    ('karaganda', 'Region', 'Karaganda Region', 'karaganda region', 'Қарағанды', '{}', 1);
                """;
            await insert.ExecuteNonQueryAsync();
        }

        var store = await _database.CreateInitializedStoreAsync();

        Assert.Equal((Key("KTZ – Huawei"), null, Key("Kazakhstan")), await SortKeysAsync("ktz"));
        Assert.Equal((Key("Karaganda Region"), Key("Қарағанды"), null), await SortKeysAsync("karaganda"));

        var page = await store.QueryEntitiesAsync(new Domain.Querying.EntityQuery());
        Assert.Equal(["karaganda", "ktz"], page.Items.Select(e => e.Key));
    }

    [Fact]
    public async Task The_compact_key_step_respells_every_key_so_that_old_and_new_entities_sort_together()
    {
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All.Where(m => m.Version < 7).ToList());
            await using var insert = connection.CreateCommand();
            insert.CommandText = $$"""
                INSERT INTO sources (key, title) VALUES ('test-source', 'A source');
                INSERT INTO entities (key, kind, name, name_folded, description, properties, version, name_sort, description_sort, properties_sort)
                VALUES ('zhezkazgan', 'Region', 'Zhezkazgan', 'zhezkazgan', 'Copper', '{"country":"Kazakhstan"}', 1,
                        '{{HexKey("zhezkazgan")}}', '{{HexKey("copper")}}', '{"country":"{{HexKey("kazakhstan")}}"}');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([Entity("aktau", EntityKind.Region, "Aktau")]));

        Assert.Equal((Key("Zhezkazgan"), Key("Copper"), Key("Kazakhstan")), await SortKeysAsync("zhezkazgan"));

        var page = await store.QueryEntitiesAsync(new Domain.Querying.EntityQuery());
        Assert.Equal(["aktau", "zhezkazgan"], page.Items.Select(e => e.Key));
    }

    [Fact]
    public async Task The_collation_key_backfill_reaches_past_its_first_batch()
    {
        await using var connection = await _database.Connections.OpenAsync();
        await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4500)
                INSERT INTO entities (key, kind, name, name_folded, version) SELECT 'e' || i, 'Region', 'Entity ' || i, 'entity ' || i, 1 FROM n;
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await using (var transaction = connection.BeginTransaction())
        {
            await SortKeyBackfill.RunAsync(connection, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM entities WHERE name_sort = ''"));
        Assert.Equal(Key("Entity 4500"), await ScalarAsync(connection, "SELECT name_sort FROM entities WHERE key = 'e4500'"));
    }

    [Fact]
    public async Task The_citation_count_step_counts_each_relationship_once_per_source_and_drops_the_citation_rows()
    {
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All.Where(m => m.Version < 9).ToList());
            await ScalarAsync(connection, """
                INSERT INTO sources (key, title) VALUES ('test-source', 'Entities'), ('s1', 'One'), ('s2', 'Two'), ('uncited', 'None');
                INSERT INTO entities (key, kind, name, name_folded, source_keys, version) VALUES
                    ('a', 'Company', 'A', 'a', '["test-source"]', 1), ('b', 'Company', 'B', 'b', '["test-source"]', 1);
                INSERT INTO entity_sources (entity_key, source_key) VALUES ('a', 'test-source'), ('b', 'test-source');
                INSERT INTO relationships (key, type, from_key, to_key, confidence, source_keys) VALUES
                    ('r1', 'PARTNER_OF', 'a', 'b', 'Reported', '["s1","s2"]'),
                    ('r2', 'PARTNER_OF', 'b', 'a', 'Reported', '["s1"]'),
                    ('r3', 'PARTNER_OF', 'a', 'a', 'Reported', '["s2"]');
                INSERT INTO relationship_sources (relationship_key, source_key) VALUES
                    ('r1', 's1'), ('r1', 's2'), ('r2', 's1'), ('r3', 's2');
                SELECT 0;
                """);

            Assert.Equal(SchemaMigrations.All.Count - 8, await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All));
            Assert.Equal([("s1", 2L), ("s2", 2L)], await RelationshipCounts.StoredCitationsAsync(connection));
            Assert.Equal(await RelationshipCounts.RecountCitationsAsync(connection), await RelationshipCounts.StoredCitationsAsync(connection));
            Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%relationship_sources%'"));

            // The engine itself still refuses to delete a cited source.
            await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(connection, "DELETE FROM sources WHERE key = 's1'"));
        }

        var store = await _database.CreateInitializedStoreAsync();
        var refused = await Assert.ThrowsAsync<Domain.Errors.ValidationException>(
            () => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["uncited", "s2"] }));
        Assert.Equal(("deleteSourceKeys[1]", Domain.Validation.ValidationCodes.SourceInUse), (Assert.Single(refused.Errors).Path, refused.Errors[0].Code));

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1", "r3"], DeleteSourceKeys = ["uncited", "s2"] });
        Assert.Equal(["s1", "test-source"], (await store.GetSourcesAsync(["s1", "s2", "test-source", "uncited"])).Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    private static string Key(string text) => Domain.Querying.Collation.Key(text);

    /// <summary>The stored collation keys of an entity's name, description and <c>country</c> property.</summary>
    private async Task<(string? Name, string? Description, string? Country)> SortKeysAsync(string key)
    {
        await using var connection = await _database.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_sort, description_sort, json_extract(properties_sort, '$.country') FROM entities WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    /// <summary>A collation key as key encoding 1 spelled it, for lower-case ASCII letters: seven hex digits each, the letters' class (3) in the top bits, then the code point times four.</summary>
    private static string HexKey(string letters) =>
        string.Concat(letters.Select(c => ((3 << 23) | (c * 4)).ToString("x7", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_file()
    {
        var first = await _database.CreateInitializedStoreAsync();
        await first.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source()],
            UpsertEntities = [new EntityUpsert(Entity("durable", EntityKind.Region, "Durable", properties: [("latitude", Num(43.5))]))],
        });
        var version = await first.GetGraphVersionAsync();
        first.Connections.ClearPool();

        var reopened = await _database.CreateInitializedStoreAsync();

        var entity = Assert.Single(await reopened.GetEntitiesAsync(["durable"]));
        Assert.Equal(43.5, entity.Property("latitude")!.Value.Number);
        Assert.Equal(version, await reopened.GetGraphVersionAsync());
        Assert.Single(await reopened.SearchAsync(new Domain.Querying.SearchQuery("durable")));
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_type_count_step_counts_the_relationships_of_each_type_and_drops_the_type_index()
    {
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All.Where(m => m.Version < 10).ToList());
            await ScalarAsync(connection, """
                INSERT INTO sources (key, title) VALUES ('s1', 'One');
                INSERT INTO entities (key, kind, name, name_folded, version) VALUES
                    ('a', 'Company', 'A', 'a', 1), ('b', 'Company', 'B', 'b', 1), ('c', 'Company', 'C', 'c', 1);
                INSERT INTO relationships (key, type, from_key, to_key, confidence, source_keys) VALUES
                    ('r1', 'PARTNER_OF', 'a', 'b', 'Reported', '["s1"]'),
                    ('r2', 'PARTNER_OF', 'b', 'c', 'Reported', '[]'),
                    ('r3', 'PARTNER_OF', 'c', 'a', 'Reported', '[]'),
                    ('r4', 'OWNED_BY', 'a', 'b', 'Reported', '[]'),
                    ('r5', 'OWNED_BY', 'c', 'b', 'Reported', '[]'),
                    ('r6', 'FUNDED_BY', 'a', 'c', 'Reported', '[]');
                INSERT INTO relationship_citations (source_key, relationships) VALUES ('s1', 1);
                SELECT 0;
                """);

            Assert.Equal(SchemaMigrations.All.Count - 9, await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All));
            Assert.Equal([(RelationshipTypes.FundedBy, 1L), (RelationshipTypes.OwnedBy, 2L), (RelationshipTypes.PartnerOf, 3L)], await RelationshipCounts.StoredTypesAsync(connection));
            Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_relationships_type'"));
        }

        // The store reads and keeps the migrated counts: b goes with r1, r2, r4 and r5; r3 and r6 stay.
        var store = await _database.CreateInitializedStoreAsync();
        Assert.Equal([(RelationshipTypes.FundedBy, 1L), (RelationshipTypes.OwnedBy, 2L), (RelationshipTypes.PartnerOf, 3L)], RelationshipCounts.Reported(await store.GetStatisticsAsync()));
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["b"] });
        Assert.Equal([(RelationshipTypes.FundedBy, 1L), (RelationshipTypes.PartnerOf, 1L)], RelationshipCounts.Reported(await store.GetStatisticsAsync()));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
