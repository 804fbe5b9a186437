using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// Reads adjacency index versions from the database, each in one read transaction so that the graph version, the
/// change-log position and the rows agree: a full build (keys, kinds, types and ends only), or the catch-up of a
/// version by the records the change log holds since it.
/// </summary>
internal sealed class SqliteAdjacencyIndexReader(SqliteConnectionFactory connections)
{
    /// <summary>Row ids left sparse by deletions overstate the row count; beyond this the collections grow as needed.</summary>
    private const long MaxPresizedRows = 16_000_000;

    private static readonly Dictionary<string, EntityKind> Kinds =
        Enum.GetValues<EntityKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);

    public async Task<AdjacencySnapshot> BuildAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var version = await GraphVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var sequence = await SqliteChangeLogReader.LastSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        // Row ids bound the row counts from above at no cost (no COUNT scan), so the collections are sized once.
        var builder = new AdjacencyIndexBuilder(
            await CapacityAsync(connection, transaction, EntitiesTable.Name, cancellationToken).ConfigureAwait(false),
            await CapacityAsync(connection, transaction, RelationshipsTable.Name, cancellationToken).ConfigureAwait(false));

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {EntitiesTable.Key}, {EntitiesTable.Kind} FROM {EntitiesTable.Name}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                builder.AddEntity(reader.GetString(0), Kinds[reader.GetString(1)]);
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText =
                $"SELECT {RelationshipsTable.Key}, {RelationshipsTable.Type}, {RelationshipsTable.FromKey}, {RelationshipsTable.ToKey} " +
                $"FROM {RelationshipsTable.Name}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var ids = builder.EntityIds;
            var types = new Dictionary<string, byte>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var type = reader.GetString(1);
                if (!types.TryGetValue(type, out var typeId))
                {
                    types[type] = typeId = builder.TypeId(type);
                }

                if (ids.TryGetValue(reader.GetString(2), out var from) && ids.TryGetValue(reader.GetString(3), out var to))
                {
                    builder.AddRelationship(reader.GetString(0), typeId, from, to);
                }
            }
        }

        return new AdjacencySnapshot(version, sequence, builder.Build());
    }

    /// <summary>
    /// <paramref name="from"/> moved on to the database's current graph version by the change log's records since it;
    /// or, when they cannot be applied record by record (see <see cref="SqliteChangeLogReader"/>), why a rebuild is due.
    /// </summary>
    public async Task<(AdjacencySnapshot? Next, string? RebuildReason)> CatchUpAsync(AdjacencySnapshot from, int maxChanges, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var version = await GraphVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (version <= from.Version)
        {
            return (from, null);
        }

        var log = await SqliteChangeLogReader.ReadSinceAsync(
            connection, transaction, from.Sequence, from.Version, version, maxChanges, cancellationToken).ConfigureAwait(false);
        if (log.RebuildReason is not null)
        {
            return (null, log.RebuildReason);
        }

        var changes = new AdjacencyChanges();
        foreach (var key in log.EntityKeys)
        {
            changes.RemoveEntity(key);
        }

        foreach (var key in log.RelationshipKeys)
        {
            changes.RemoveRelationship(key);
        }

        // What still exists replaces the removals above: its state now, at the version read in this transaction.
        await ReadByKeysAsync(connection, transaction, $"SELECT {EntitiesTable.Key}, {EntitiesTable.Kind} FROM {EntitiesTable.Name}",
            EntitiesTable.Key, log.EntityKeys, reader => changes.SetEntity(reader.GetString(0), Kinds[reader.GetString(1)]),
            cancellationToken).ConfigureAwait(false);
        await ReadByKeysAsync(connection, transaction,
            $"SELECT {RelationshipsTable.Key}, {RelationshipsTable.Type}, {RelationshipsTable.FromKey}, {RelationshipsTable.ToKey} FROM {RelationshipsTable.Name}",
            RelationshipsTable.Key, log.RelationshipKeys,
            reader => changes.SetRelationship(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)),
            cancellationToken).ConfigureAwait(false);

        return (new AdjacencySnapshot(version, log.LastSequence, from.Index.Apply(changes)), null);
    }

    private static async Task ReadByKeysAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string select,
        string keyColumn,
        IReadOnlySet<string> keys,
        Action<SqliteDataReader> read,
        CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"{select} WHERE {keyColumn} IN (SELECT value FROM json_each($keys))";
        var parameter = command.Parameters.Add("$keys", SqliteType.Text);
        foreach (var chunk in keys.Chunk(SqliteGraphStore.MaxKeysPerStatement))
        {
            parameter.Value = PropertyJson.WriteStrings(chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                read(reader);
            }
        }
    }

    private static async Task<int> CapacityAsync(SqliteConnection connection, SqliteTransaction transaction, string table, CancellationToken cancellationToken)
    {
        var rows = await ScalarAsync(connection, transaction, $"SELECT COALESCE(MAX(rowid), 0) FROM {table}", cancellationToken).ConfigureAwait(false);
        return (int)Math.Min(rows, MaxPresizedRows);
    }

    private static Task<long> GraphVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        ScalarAsync(connection, transaction,
            $"SELECT {GraphMetaTable.GraphVersion} FROM {GraphMetaTable.Name} WHERE {GraphMetaTable.Id} = 1", cancellationToken);

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
