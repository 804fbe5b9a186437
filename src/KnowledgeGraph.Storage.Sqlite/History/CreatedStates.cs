using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.History;

/// <summary>
/// Where a creation's state lives now that <c>change_log</c> keeps no copy of it: every change of a subject is
/// recorded with its state before, so the state a creation left is the before-state of the subject's next change, or,
/// when nothing changed it since, the subject's current row. Reads complete creations from there
/// (<see cref="AfterColumn"/>, <see cref="CompleteAsync"/>); the schema step to the compact history drops the copies
/// older files hold wherever they equal what would be read back (<see cref="CompactAsync"/>).
/// </summary>
public static class CreatedStates
{
    private const int Batch = 5000;

    private const string Created = nameof(ChangeOperation.Created);

    /// <summary>
    /// The after-state of the change row <paramref name="alias"/>: as stored, or for a compact creation the
    /// before-state of the subject's next change (null when there is none yet).
    /// </summary>
    public static string AfterColumn(string alias) =>
        $"CASE WHEN {alias}.{ChangeLogTable.After} IS NULL AND {alias}.{ChangeLogTable.Operation} = '{Created}' THEN " +
        NextBefore(alias) + $" ELSE {alias}.{ChangeLogTable.After} END";

    /// <summary>Fills in the creations <see cref="ChangeLogRows.Read"/> left without a state, from the current rows.</summary>
    public static async Task<List<ChangeRecord>> CompleteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, List<ChangeRecord> records, CancellationToken cancellationToken)
    {
        var open = records.Where(CompactCreation.IsOpen).Select(r => (r.SubjectKind, r.SubjectKey)).ToList();
        if (open.Count == 0)
        {
            return records;
        }

        var current = await CurrentAsync(connection, transaction, open, cancellationToken);
        return CompactCreation.CompleteAll(records, r => current.GetValueOrDefault((r.SubjectKind, r.SubjectKey)));
    }

    /// <summary>
    /// Clears the stored state of every creation whose state can be read back unchanged (from the next change or the
    /// current row), in pages, so that migrating a large history holds one page in memory.
    /// </summary>
    public static async Task CompactAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText =
            $"SELECT c.{ChangeLogTable.Sequence}, c.{ChangeLogTable.SubjectKind}, c.{ChangeLogTable.SubjectKey}, c.{ChangeLogTable.After}, {NextBefore("c")} " +
            $"FROM {ChangeLogTable.Name} c WHERE c.{ChangeLogTable.Sequence} > $last AND c.{ChangeLogTable.Operation} = '{Created}' " +
            $"AND c.{ChangeLogTable.After} IS NOT NULL ORDER BY c.{ChangeLogTable.Sequence} LIMIT {Batch}";
        var last = select.Parameters.AddWithValue("$last", 0L);
        await using var clear = connection.CreateCommand();
        clear.Transaction = transaction;
        clear.CommandText =
            $"UPDATE {ChangeLogTable.Name} SET {ChangeLogTable.After} = NULL, {ChangeLogTable.ChangedFields} = NULL WHERE {ChangeLogTable.Sequence} = $sequence";
        var sequence = clear.Parameters.Add("$sequence", SqliteType.Integer);
        while (true)
        {
            var page = new List<(long Sequence, ChangeSubjectKind Kind, string Key, ChangeSnapshot Stored, ChangeSnapshot? Next)>();
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var kind = Enum.Parse<ChangeSubjectKind>(reader.GetString(1));
                    page.Add((reader.GetInt64(0), kind, reader.GetString(2), ChangeSnapshotJson.Read(kind, reader.GetString(3))!,
                        ChangeSnapshotJson.Read(kind, reader.IsDBNull(4) ? null : reader.GetString(4))));
                }
            }

            if (page.Count == 0)
            {
                return;
            }

            var current = await CurrentAsync(connection, transaction, page.Where(p => p.Next is null).Select(p => (p.Kind, p.Key)).ToList(), cancellationToken);
            foreach (var row in page)
            {
                var readBack = row.Next ?? current.GetValueOrDefault((row.Kind, row.Key));
                if (Same(row.Stored, readBack))
                {
                    sequence.Value = row.Sequence;
                    await clear.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            last.Value = page[^1].Sequence;
        }
    }

    private static string NextBefore(string alias) =>
        $"(SELECT n.{ChangeLogTable.Before} FROM {ChangeLogTable.Name} n WHERE n.{ChangeLogTable.SubjectKey} = {alias}.{ChangeLogTable.SubjectKey} " +
        $"AND n.{ChangeLogTable.SubjectKind} = {alias}.{ChangeLogTable.SubjectKind} AND n.{ChangeLogTable.Sequence} > {alias}.{ChangeLogTable.Sequence} " +
        $"ORDER BY n.{ChangeLogTable.Sequence} LIMIT 1)";

    private static bool Same(ChangeSnapshot stored, ChangeSnapshot? readBack) =>
        readBack is not null && readBack.SubjectKind == stored.SubjectKind && readBack.Key == stored.Key &&
        FieldDiff.Between(stored, readBack).Count == 0 &&
        (stored as EntitySnapshot)?.Entity.Version == (readBack as EntitySnapshot)?.Entity.Version;

    private static async Task<Dictionary<(ChangeSubjectKind, string), ChangeSnapshot>> CurrentAsync(
        SqliteConnection connection, SqliteTransaction? transaction, List<(ChangeSubjectKind Kind, string Key)> subjects, CancellationToken cancellationToken)
    {
        var states = new Dictionary<(ChangeSubjectKind, string), ChangeSnapshot>();
        foreach (var group in subjects.GroupBy(s => s.Kind))
        {
            var (sql, read) = group.Key switch
            {
                ChangeSubjectKind.Entity => ($"SELECT {EntityRows.Columns("x")} FROM {EntitiesTable.Name} x",
                    (Func<SqliteDataReader, ChangeSnapshot>)(r => ChangeSnapshot.Of(EntityRows.Read(r))!)),
                ChangeSubjectKind.Relationship => ($"SELECT {RelationshipRows.Columns("x")} FROM {RelationshipsTable.Name} x",
                    r => ChangeSnapshot.Of(RelationshipRows.Read(r))!),
                _ => ($"SELECT {SourceRows.Columns("x")} FROM {SourcesTable.Name} x", r => ChangeSnapshot.Of(SourceRows.Read(r))!),
            };
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + " WHERE x.key IN (SELECT value FROM json_each($keys))";
            var keys = command.Parameters.Add("$keys", SqliteType.Text);
            foreach (var chunk in group.Select(s => s.Key).Distinct(StringComparer.Ordinal).Chunk(Batch))
            {
                keys.Value = PropertyJson.WriteStrings(chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var state = read(reader);
                    states[(group.Key, state.Key)] = state;
                }
            }
        }

        return states;
    }
}
