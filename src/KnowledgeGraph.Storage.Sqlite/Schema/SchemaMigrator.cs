using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>Brings a database file forward to <see cref="SchemaMigrations.LatestVersion"/>, one step per transaction.</summary>
public static class SchemaMigrator
{
    /// <summary>Applies the missing steps and returns how many were applied (0 when the file is up to date).</summary>
    public static async Task<int> MigrateAsync(
        SqliteConnection connection, IReadOnlyList<SchemaMigration> migrations, CancellationToken cancellationToken = default)
    {
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var current = await ReadVersionAsync(connection, null, cancellationToken);
        if (current > latest)
        {
            throw new UnsupportedSchemaVersionException(connection.DataSource, current, latest);
        }

        var applied = 0;
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await using var transaction = connection.BeginTransaction(deferred: false);

            // Another process may have migrated the file while this one waited for the write lock.
            var versionNow = await ReadVersionAsync(connection, transaction, cancellationToken);
            if (versionNow >= migration.Version)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            if (!string.IsNullOrWhiteSpace(migration.Sql))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = migration.Sql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            if (migration.Code is { } code)
            {
                await code(connection, transaction, cancellationToken);
            }

            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;

                // PRAGMA takes no parameters; the number comes from the compiled migration list, never from input.
                command.CommandText = "PRAGMA user_version = " + migration.Version.ToString(CultureInfo.InvariantCulture);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }

    public static async Task<int> ReadVersionAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(result, CultureInfo.InvariantCulture);
    }
}
