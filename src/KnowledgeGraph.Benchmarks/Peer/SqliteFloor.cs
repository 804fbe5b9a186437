using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// How long SQLite alone takes to write the store an import produced, with no application code: the same engine
/// (Microsoft.Data.Sqlite's e_sqlite3, the store's) inserts the finished rows of the imported file into a fresh file
/// with the same schema, builds the same indexes, fills the full-text index with the statement the import's bulk path
/// uses (<see cref="DeferredIndexes.FillSearchSql"/>) and commits, on a connection set up as a large import into an
/// empty store sets up its own (<see cref="ImportPragmas"/>, <see cref="ImportJournal"/>). The rows go in one by one,
/// through each table's key constraints, as every import's must: a bare <c>INSERT … SELECT *</c> between identical
/// tables would let SQLite copy the stored records wholesale, which no import of files can. No import of this store,
/// with the import's connection settings, can write it faster, whatever its code does. The schema is read from the imported file's own <c>sqlite_master</c>,
/// so the floor follows the migrations.
/// </summary>
public static class SqliteFloor
{
    private const string Source = "src";

    /// <summary>Writes the floor's copy of <paramref name="database"/> next to it, measures it, and deletes it.</summary>
    public static SqliteFloorResult Measure(string database)
    {
        var source = Path.GetFullPath(database);
        var target = Path.Combine(Path.GetDirectoryName(source) ?? ".", Path.GetFileNameWithoutExtension(source) + "-floor.db");
        Delete(target);
        try
        {
            return Write(source, target);
        }
        finally
        {
            Delete(target);
        }
    }

    /// <summary>
    /// Writes a copy of the store in <paramref name="source"/> (read, never written) into the new file
    /// <paramref name="target"/>, and throws when the copy does not hold as many rows as the source in every table.
    /// </summary>
    public static SqliteFloorResult Write(string source, string target)
    {
        if (File.Exists(target))
        {
            throw new IOException($"The floor writes a fresh file; '{target}' exists.");
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = target,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();

        // Before the source is attached: an unqualified journal mode would apply to it too.
        _ = ImportJournal.TryLeaveWal(connection) ?? throw new InvalidOperationException($"The floor's fresh file '{target}' is open elsewhere.");
        ImportPragmas.Apply(connection, sortsIndexes: true, rollbackJournal: true);

        // SQLite attaches outside a transaction only; opening a file costs nothing beside the rest. Read-write, though
        // only read: a read-only connection to a file in WAL mode could not remove the -wal and -shm files it leaves.
        using (var attach = connection.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE $path AS {Source}";
            attach.Parameters.AddWithValue("$path", Path.GetFullPath(source));
            attach.ExecuteNonQuery();
        }

        var schema = SourceSchema.Read(connection, Source);
        Execute(connection, "PRAGMA main.page_size = " + schema.PageSize.ToString(CultureInfo.InvariantCulture));

        // The empty tables exist before the clock starts, as the migrated store's did before the import.
        Execute(connection, "BEGIN IMMEDIATE");
        foreach (var table in schema.Tables)
        {
            Execute(connection, table);
        }

        Execute(connection, "PRAGMA main.user_version = " + schema.UserVersion.ToString(CultureInfo.InvariantCulture));
        Execute(connection, "COMMIT");

        var clock = Stopwatch.StartNew();
        Execute(connection, "BEGIN IMMEDIATE");

        // In the source's key order (rowid order, or the primary key's for a table WITHOUT ROWID). The WHERE clause keeps
        // SQLite from copying the stored records wholesale between identical tables (its transfer shortcut).
        foreach (var table in schema.Copied)
        {
            Execute(connection, $"INSERT INTO main.{Quote(table)} SELECT * FROM {Source}.{Quote(table)} WHERE 1");
        }

        var copied = clock.Elapsed;
        foreach (var index in schema.Indexes)
        {
            Execute(connection, index);
        }

        var indexed = clock.Elapsed;
        Execute(connection, DeferredIndexes.FillSearchSql);
        foreach (var trigger in schema.Triggers)
        {
            Execute(connection, trigger);
        }

        var searchable = clock.Elapsed;
        Execute(connection, "COMMIT");
        var committed = clock.Elapsed;

        Verify(connection, schema.Counted);
        return new SqliteFloorResult(
            copied.TotalSeconds,
            (indexed - copied).TotalSeconds,
            (searchable - indexed).TotalSeconds,
            (committed - searchable).TotalSeconds,
            new FileInfo(target).Length);
    }

    /// <summary>A floor that wrote fewer rows than the import is no floor: every table and the full-text index must match.</summary>
    private static void Verify(SqliteConnection connection, IReadOnlyList<string> tables)
    {
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT (SELECT count(*) FROM main.{Quote(table)}), (SELECT count(*) FROM {Source}.{Quote(table)})";
            using var reader = command.ExecuteReader();
            reader.Read();
            var (written, imported) = (reader.GetInt64(0), reader.GetInt64(1));
            if (written != imported)
            {
                throw new InvalidOperationException($"The SQLite floor wrote {written:N0} rows of {table}, the imported file holds {imported:N0}.");
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Delete(string file)
    {
        File.Delete(file);
        File.Delete(file + "-journal");
    }
}
