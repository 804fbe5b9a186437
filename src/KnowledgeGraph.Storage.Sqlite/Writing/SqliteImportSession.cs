using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.History;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The SQLite bulk path of an import: one connection and one IMMEDIATE transaction for every part, written by one
/// <see cref="ChangeSetWriter"/> (statements prepared once, indexes deferred when the store starts empty), on a
/// connection set up for a bulk write for the duration (<see cref="ImportPragmas"/>). Nothing is visible to other
/// connections before <see cref="CommitAsync"/>; disposing first rolls everything back.
/// SQLite's own foreign-key enforcement is off on the session's connection (it can only be switched outside a
/// transaction): the writer checks every reference a part makes before writing it, against the store and the earlier
/// parts, and names what is missing, so the engine's second look (two index lookups per relationship) found nothing
/// it would not. Parts hold upserts only, as <see cref="IGraphImportSession"/> says and is enforced here, so no delete
/// needs the cascades either. The connection gets enforcement back when the session ends, and every connection the
/// factory opens sets it again.
/// A large import into an empty store writes through a rollback journal when nothing else has the file open
/// (<see cref="ImportJournal"/>): each new page is written once instead of twice.
/// </summary>
internal sealed class SqliteImportSession : IGraphImportSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly ChangeSetWriter _writer;
    private readonly ImportPragmas _pragmas;
    private readonly ImportJournal? _journal;
    private readonly Action _release;
    private bool _done;

    private SqliteImportSession(
        SqliteConnection connection, SqliteTransaction transaction, ChangeSetWriter writer, ImportPragmas pragmas, ImportJournal? journal, Action release)
    {
        _connection = connection;
        _transaction = transaction;
        _writer = writer;
        _pragmas = pragmas;
        _journal = journal;
        _release = release;
    }

    /// <summary>Opens the transaction on <paramref name="connection"/>, which the session then owns, as it owns <paramref name="release"/>.</summary>
    public static SqliteImportSession Start(SqliteConnection connection, GraphImport import, TimeProvider time, Action release)
    {
        SqliteImportSession session;
        SqliteTransaction? transaction = null;
        ImportJournal? journal = null;
        ImportPragmas? pragmas = null;
        try
        {
            // The writer decides the bulk path again inside the transaction; this early look only picks the journal,
            // which can change only outside one. Should a write slip in between, the import is still correct, only
            // journaled page by page.
            var bulk = DeferredIndexes.AreDeferred(import.RecordCount, () => ConnectionPragma.Number(connection, ImportedCreations.EmptyStoreSql) == 1);
            journal = bulk ? ImportJournal.TryLeaveWal(connection) : null;
            pragmas = ImportPragmas.Apply(connection, sortsIndexes: bulk, rollbackJournal: journal is not null);
            transaction = connection.BeginTransaction(deferred: false);
            session = new SqliteImportSession(connection, transaction, new ChangeSetWriter(connection, transaction, time), pragmas, journal, release);
        }
        catch
        {
            Undo(connection, transaction, pragmas, journal, release);
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
        ArgumentNullException.ThrowIfNull(part);
        if (part.DeleteEntityKeys.Count > 0 || part.DeleteRelationshipKeys.Count > 0 || part.DeleteSourceKeys.Count > 0)
        {
            throw new ArgumentException("An import part holds upserts only; apply deletions as a change set of their own.", nameof(part));
        }

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
        }
        finally
        {
            Undo(_connection, _transaction, _pragmas, _journal, _release);
        }
    }

    /// <summary>
    /// Ends what <see cref="Start"/> began, as far as it got: the transaction (rolled back unless committed), the
    /// connection's settings and journal, then, whatever those meet, the connection (back to the pool) and the import's lock.
    /// </summary>
    private static void Undo(
        SqliteConnection connection, SqliteTransaction? transaction, ImportPragmas? pragmas, ImportJournal? journal, Action release)
    {
        try
        {
            transaction?.Dispose();
            pragmas?.Restore();
            journal?.ReturnToWal();
        }
        finally
        {
            connection.Dispose();
            release();
        }
    }
}
