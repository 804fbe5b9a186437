using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// Holds an <see cref="AdjacencyIndex"/> of the database and the graph version it was read at. Each request checks
/// the version (one small query); when a write has moved it on, the index is read again in one read transaction
/// (keys, kinds, types and ends only) while other requests wait for the new snapshot.
/// </summary>
public sealed class SqliteAdjacencyIndexCache(SqliteConnectionFactory connections, SqliteGraphStore store) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Snapshot? _current;

    /// <summary>How many times the index was (re)built, for diagnostics and tests.</summary>
    public int BuildCount { get; private set; }

    public async ValueTask<AdjacencyIndex> GetAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
        var current = _current;
        if (current is not null && current.Version == version)
        {
            return current.Index;
        }

        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (current is not null && current.Version >= version)
            {
                return current.Index;
            }

            current = await ReadAsync(cancellationToken).ConfigureAwait(false);
            _current = current;
            BuildCount++;
            return current.Index;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();

    private async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var builder = new AdjacencyIndexBuilder();
        long version;

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {GraphMetaTable.GraphVersion} FROM {GraphMetaTable.Name} WHERE {GraphMetaTable.Id} = 1";
            version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var kinds = Enum.GetValues<EntityKind>().ToDictionary(k => k.ToString(), StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {EntitiesTable.Key}, {EntitiesTable.Kind} FROM {EntitiesTable.Name}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                builder.AddEntity(reader.GetString(0), kinds[reader.GetString(1)]);
            }
        }

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText =
                $"SELECT {RelationshipsTable.Key}, {RelationshipsTable.Type}, {RelationshipsTable.FromKey}, {RelationshipsTable.ToKey} " +
                $"FROM {RelationshipsTable.Name}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var type = reader.GetString(1);
                if (!types.TryGetValue(type, out var interned))
                {
                    types[type] = interned = type;
                }

                builder.AddRelationship(reader.GetString(0), interned, reader.GetString(2), reader.GetString(3));
            }
        }

        return new Snapshot(version, builder.Build());
    }

    private sealed record Snapshot(long Version, AdjacencyIndex Index);
}
