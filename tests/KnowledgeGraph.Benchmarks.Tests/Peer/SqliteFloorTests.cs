using KnowledgeGraph.Benchmarks.Generation;
using KnowledgeGraph.Benchmarks.Peer;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.Tests.Peer;

public sealed class SqliteFloorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kg-sqlite-floor-");

    private string Imported => Path.Combine(_folder.FullName, "imported.db");

    private string Copy => Path.Combine(_folder.FullName, "copy.db");

    [Fact]
    public async Task Write_copies_every_row_of_every_table_the_import_wrote()
    {
        await ImportAsync();

        SqliteFloor.Write(Imported, Copy);

        using var connection = OpenCopyWithImportedAttached();
        // The full-text index's own shadow tables are left out: how it lays out its segments is its business.
        var tables = Strings(connection,
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite%' ORDER BY name");
        Assert.Contains(RelationshipsTable.Name, tables);
        Assert.Contains(EntitySearchTable.Name, tables);
        Assert.Equal(300, Number(connection, $"SELECT count(*) FROM main.{RelationshipsTable.Name}"));
        foreach (var table in tables)
        {
            Assert.Equal(
                Number(connection, $"SELECT count(*) FROM imported.\"{table}\""),
                Number(connection, $"SELECT count(*) FROM main.\"{table}\""));
        }
    }

    [Fact]
    public async Task Write_rebuilds_the_imported_schema_with_its_indexes_triggers_and_version()
    {
        await ImportAsync();

        SqliteFloor.Write(Imported, Copy);

        using var connection = OpenCopyWithImportedAttached();
        List<string> SchemaOf(string database) => Strings(connection,
            $"SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '') FROM {database}.sqlite_master ORDER BY type, name");
        var imported = SchemaOf("imported");
        Assert.Contains(imported, entry => entry.StartsWith("index ix_relationships_from_type", StringComparison.Ordinal));
        Assert.Contains(imported, entry => entry.StartsWith("trigger tr_entities_search_insert", StringComparison.Ordinal));
        Assert.Equal(imported, SchemaOf("main"));
        Assert.Equal(Number(connection, "PRAGMA imported.user_version"), Number(connection, "PRAGMA main.user_version"));
        Assert.True(Number(connection, "PRAGMA main.user_version") > 0);
    }

    [Fact]
    public async Task Write_fills_the_full_text_index_so_that_searches_find_what_they_find_in_the_imported_store()
    {
        await ImportAsync();

        SqliteFloor.Write(Imported, Copy);

        using var connection = OpenCopyWithImportedAttached();
        Execute(connection, $"INSERT INTO main.{EntitySearchTable.Name} ({EntitySearchTable.Name}) VALUES ('integrity-check')");
        var name = Strings(connection, $"SELECT {EntitiesTable.EntityName} FROM main.{EntitiesTable.Name} ORDER BY {EntitiesTable.Id} LIMIT 1").Single();
        List<string> Search(string database, string token) => Strings(connection,
            $"SELECT rowid FROM {database}.{EntitySearchTable.Name} WHERE {EntitySearchTable.Name} MATCH '\"{token}\"' ORDER BY rowid");
        var word = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var found = Search("main", word);
        Assert.NotEmpty(found);
        Assert.Equal(Search("imported", word), found);
    }

    [Fact]
    public async Task Measure_writes_its_copy_next_to_the_imported_file_and_deletes_it()
    {
        await ImportAsync();
        var before = _folder.GetFiles().Select(f => f.Name).Order().ToList();
        var importedBytes = File.ReadAllBytes(Imported);

        var floor = SqliteFloor.Measure(Imported);

        Assert.Equal(before, _folder.GetFiles().Select(f => f.Name).Order().ToList());
        Assert.True(floor.Bytes > 0);

        // Only read: the imported file keeps its bytes, and with them its write-ahead-log mode (header bytes 18 and 19 are 2).
        Assert.Equal(importedBytes, File.ReadAllBytes(Imported));
        Assert.Equal([2, 2], importedBytes[18..20]);
    }

    [Fact]
    public async Task Write_refuses_a_file_that_exists()
    {
        await ImportAsync();
        File.WriteAllText(Copy, "");

        var error = Assert.Throws<IOException>(() => SqliteFloor.Write(Imported, Copy));

        Assert.Contains("copy.db", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>300 synthetic relationships (and their entities and sources) through the store's import session.</summary>
    private async Task ImportAsync()
    {
        var graph = new SyntheticGraphGenerator(relationshipCount: 300, seed: 7);
        var parts = graph.Batches(100).ToList();
        var records = parts.Sum(p => p.UpsertSources.Count + p.UpsertEntities.Count + p.UpsertRelationships.Count);
        var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = Imported }));
        try
        {
            await using var session = await store.BeginImportAsync(new GraphImport(Author: null, records));
            foreach (var part in parts)
            {
                await session.WriteAsync(part);
            }

            await session.CommitAsync();
        }
        finally
        {
            store.Connections.ClearPool();
            store.Dispose();
        }
    }

    private SqliteConnection OpenCopyWithImportedAttached()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Copy, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"ATTACH DATABASE '{Imported}' AS imported");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Number(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }
}
