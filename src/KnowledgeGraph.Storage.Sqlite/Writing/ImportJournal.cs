using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The journal a large import into an empty store writes through. In write-ahead-log mode every page is written twice:
/// into the log, then by the checkpoint into the file. SQLite's rollback journal keeps the original of each page a
/// transaction changes, and a page beyond the file's size at the start has no original to keep, so an import into an
/// empty store writes nearly every page once, straight into the file. A rollback, or a killed process, still restores
/// the file: the journal left behind is played back by the next connection that reads it.
/// SQLite leaves WAL mode only when no other connection has the file open, and the attempt here does not wait: when a
/// service (or anything else) has the store open, the import keeps WAL mode, so those readers never wait for it. Every
/// connection the factory opens asks for WAL mode again, so the file is back in it for whoever opens it next, even if
/// <see cref="ReturnToWal"/> could not switch it.
/// </summary>
internal sealed class ImportJournal
{
    private readonly SqliteConnection _connection;

    private ImportJournal(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Switches <paramref name="connection"/> (outside any transaction) to a rollback journal when it is the file's only
    /// connection; null, and nothing changed, otherwise. Its commits then want full syncs (<see cref="ImportPragmas"/>).
    /// </summary>
    public static ImportJournal? TryLeaveWal(SqliteConnection connection)
    {
        if (!WithoutWaiting(connection, () => string.Equals(ConnectionPragma.Text(connection, "PRAGMA journal_mode = DELETE"), "delete", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new ImportJournal(connection);
    }

    /// <summary>Back to WAL mode, after the import's transaction has ended.</summary>
    public void ReturnToWal()
    {
        WithoutWaiting(_connection, () => ConnectionPragma.Text(_connection, "PRAGMA journal_mode = WAL") is not null);
    }

    private static bool WithoutWaiting(SqliteConnection connection, Func<bool> change)
    {
        var timeout = ConnectionPragma.Number(connection, "PRAGMA busy_timeout");
        ConnectionPragma.Number(connection, "PRAGMA busy_timeout = 0");
        try
        {
            return change();
        }
        catch (SqliteException e) when (SqliteResultCodes.IsBusy(e.SqliteErrorCode))
        {
            return false;
        }
        finally
        {
            ConnectionPragma.Number(connection, "PRAGMA busy_timeout = " + timeout.ToString(CultureInfo.InvariantCulture));
        }
    }
}
