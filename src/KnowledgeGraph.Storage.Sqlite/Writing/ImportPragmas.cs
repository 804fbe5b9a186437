using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The connection settings an import's session changes for its duration, and gives back before the connection returns
/// to the pool:
/// - a larger page cache, room for the indexes' hot pages while millions of rows go in;
/// - foreign-key enforcement off (<see cref="SqliteImportSession"/> says why);
/// - for an import that will sort its deferred indexes (large, into an empty store), temporary storage in files rather
///   than in memory. SQLite's sorter, which builds each deferred index
///   (<see cref="DeferredIndexes"/>), gathers the keys in one growing buffer only when temporary storage is in files
///   (up to the page cache's size, then it spills sorted runs to a temporary file); with temporary storage in memory
///   it allocates every key on its own. Measured alternately with the e_sqlite3 the store ships, an endpoint index of
///   the 1M-relationship benchmark graph took about 0.6 s this way against 0.8 s, and fitted in the buffer: no
///   temporary file was written;
/// - for an import written through a rollback journal (<see cref="ImportJournal"/>), full syncs at commit: in that mode
///   NORMAL may lose the last commit's integrity to a power cut, and FULL costs a few syncs per import.
/// Each is read before it is changed and restored as it was.
/// </summary>
internal sealed class ImportPragmas
{
    private const int CacheKibibytes = 64 * 1024;

    /// <summary><c>PRAGMA temp_store</c>'s value for files.</summary>
    private const int FileTempStore = 1;

    /// <summary><c>PRAGMA synchronous</c>'s value for FULL.</summary>
    private const int FullSync = 2;

    private readonly SqliteConnection _connection;
    private readonly long _cacheSize;
    private readonly long _tempStore;
    private readonly long _foreignKeys;
    private readonly long _synchronous;

    private ImportPragmas(SqliteConnection connection)
    {
        _connection = connection;
        _cacheSize = Read("cache_size");
        _tempStore = Read("temp_store");
        _foreignKeys = Read("foreign_keys");
        _synchronous = Read("synchronous");
    }

    /// <summary>
    /// Applies the import's settings to <paramref name="connection"/>, outside any transaction; temporary storage in
    /// files when <paramref name="sortsIndexes"/> (the import defers its indexes), full syncs when
    /// <paramref name="rollbackJournal"/>.
    /// </summary>
    public static ImportPragmas Apply(SqliteConnection connection, bool sortsIndexes, bool rollbackJournal)
    {
        var pragmas = new ImportPragmas(connection);
        pragmas.Write("cache_size", -CacheKibibytes);
        if (sortsIndexes)
        {
            pragmas.Write("temp_store", FileTempStore);
        }

        if (rollbackJournal)
        {
            pragmas.Write("synchronous", FullSync);
        }

        pragmas.Write("foreign_keys", 0);
        return pragmas;
    }

    /// <summary>Gives the connection back its own settings, once the import's transaction has ended.</summary>
    public void Restore()
    {
        Write("cache_size", _cacheSize);
        Write("temp_store", _tempStore);
        Write("foreign_keys", _foreignKeys);
        Write("synchronous", _synchronous);
    }

    private long Read(string pragma) => ConnectionPragma.Number(_connection, "PRAGMA " + pragma);

    // PRAGMA statements take no parameters; the names are this class's own and the values numbers.
    private void Write(string pragma, long value) =>
        ConnectionPragma.Number(_connection, "PRAGMA " + pragma + " = " + value.ToString(CultureInfo.InvariantCulture));
}
