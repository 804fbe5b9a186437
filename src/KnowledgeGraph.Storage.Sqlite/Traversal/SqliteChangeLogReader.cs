using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Sqlite.History;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// The adjacency index's only reader of <c>change_log</c>: which subjects changed after a sequence number, read by
/// the primary key (no scan of the history). Anything it cannot apply record by record — a bulk import (its creations
/// have no rows: see <see cref="ImportedCreations"/>), more records than the limit, a subject kind or operation it does
/// not know, or committed graph versions the records do not account for one by one — it answers with
/// <see cref="ChangeLogCatchUp.Rebuild"/>.
/// </summary>
internal static class SqliteChangeLogReader
{
    private static readonly HashSet<string> Operations = new(Enum.GetNames<ChangeOperation>(), StringComparer.Ordinal);

    private static readonly string SinceSql =
        $"SELECT {ChangeLogTable.Sequence}, {ChangeLogTable.SubjectKind}, {ChangeLogTable.SubjectKey}, {ChangeLogTable.Operation}, " +
        $"{ChangeLogTable.GraphVersion} FROM {ChangeLogTable.Name} WHERE {ChangeLogTable.Sequence} > $after " +
        $"ORDER BY {ChangeLogTable.Sequence} LIMIT $take";

    /// <summary>
    /// The last sequence in use, counting those a bulk import reserved: where a full build taken in the same transaction
    /// continues from (the creation rows written later into that reserved range describe what the build already holds).
    /// </summary>
    public static async Task<long> LastSequenceAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ImportedCreations.LastSequenceSql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// The records after <paramref name="afterSequence"/> (which the index holds at <paramref name="fromVersion"/>)
    /// up to <paramref name="toVersion"/>, the graph version read in the same transaction.
    /// </summary>
    public static async Task<ChangeLogCatchUp> ReadSinceAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long afterSequence,
        long fromVersion,
        long toVersion,
        int maxChanges,
        CancellationToken cancellationToken)
    {
        await using (var bulk = connection.CreateCommand())
        {
            bulk.Transaction = transaction;
            bulk.CommandText = ImportedCreations.BulkBetweenSql;
            bulk.Parameters.AddWithValue("$from", fromVersion);
            bulk.Parameters.AddWithValue("$to", toVersion);
            if (await bulk.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long bulkVersion)
            {
                return ChangeLogCatchUp.Rebuild($"graph version {bulkVersion} is a bulk import");
            }
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SinceSql;
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$take", (long)maxChanges + 1);

        var entities = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var lastSequence = afterSequence;
        var version = fromVersion;
        var records = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (++records > maxChanges)
            {
                return ChangeLogCatchUp.Rebuild($"more than {maxChanges} changes since graph version {fromVersion}");
            }

            var recordVersion = reader.GetInt64(4);
            if (recordVersion != version && recordVersion != version + 1)
            {
                return ChangeLogCatchUp.Rebuild($"graph version {recordVersion} follows {version} without records in between");
            }

            var operation = reader.GetString(3);
            if (!Operations.Contains(operation))
            {
                return ChangeLogCatchUp.Rebuild($"unknown change operation '{operation}'");
            }

            var subject = reader.GetString(1);
            var target = subject switch
            {
                nameof(ChangeSubjectKind.Entity) => entities,
                nameof(ChangeSubjectKind.Relationship) => relationships,
                _ => null,
            };
            if (target is not null)
            {
                target.Add(reader.GetString(2));
            }
            else if (subject != nameof(ChangeSubjectKind.Source))
            {
                return ChangeLogCatchUp.Rebuild($"unknown change subject '{subject}'");
            }

            lastSequence = reader.GetInt64(0);
            version = recordVersion;
        }

        return version == toVersion
            ? new ChangeLogCatchUp(entities, relationships, lastSequence, version)
            : ChangeLogCatchUp.Rebuild($"the change log reaches graph version {version}, the store is at {toVersion}");
    }
}
