using System.Globalization;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The SQLite bulk path of an import: one connection and one IMMEDIATE transaction for every part, written by one
/// <see cref="ChangeSetWriter"/> (statements prepared once, indexes deferred when the store starts empty), with a
/// larger page cache for the duration. Nothing is visible to other connections before <see cref="CommitAsync"/>;
/// disposing first rolls everything back.
/// </summary>
internal sealed class SqliteImportSession : IGraphImportSession
{
    /// <summary>Page cache of the import's connection: room for the indexes' hot pages while millions of rows go in.</summary>
    private const int ImportCacheKibibytes = 64 * 1024;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly ChangeSetWriter _writer;
    private readonly long _cacheSize;
    private readonly Action _release;
    private bool _done;

    private SqliteImportSession(SqliteConnection connection, SqliteTransaction transaction, ChangeSetWriter writer, long cacheSize, Action release)
    {
        _connection = connection;
        _transaction = transaction;
        _writer = writer;
        _cacheSize = cacheSize;
        _release = release;
    }

    /// <summary>Opens the transaction on <paramref name="connection"/>, which the session then owns, as it owns <paramref name="release"/>.</summary>
    public static SqliteImportSession Start(SqliteConnection connection, GraphImport import, TimeProvider time, Action release)
    {
        SqliteImportSession session;
        SqliteTransaction? transaction = null;
        try
        {
            var cacheSize = Pragma(connection, "PRAGMA cache_size");
            Pragma(connection, "PRAGMA cache_size = -" + ImportCacheKibibytes.ToString(CultureInfo.InvariantCulture));
            transaction = connection.BeginTransaction(deferred: false);
            session = new SqliteImportSession(connection, transaction, new ChangeSetWriter(connection, transaction, time), cacheSize, release);
        }
        catch
        {
            transaction?.Dispose();
            connection.Dispose();
            release();
            throw;
        }

        try
        {
            session._writer.Begin(import, bulk: true);
            return session;
        }
        catch
        {
            session.Close();
            throw;
        }
    }

    public Task<GraphChangeResult> WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        return Task.FromResult(_writer.Write(part, cancellationToken));
    }

    public async Task<GraphChangeResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            var result = _writer.Finish(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            await _transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            Close();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private void Close()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            _writer.Dispose();
            _transaction.Dispose();

            // The connection goes back to the pool: give it back its usual cache.
            Pragma(_connection, "PRAGMA cache_size = " + _cacheSize.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            _connection.Dispose();
            _release();
        }
    }

    private static long Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
