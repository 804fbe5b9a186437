using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The connection settings an import's session changes for its duration, and gives back before the connection returns
/// to the pool:
/// - a larger page cache, room for the indexes' hot pages while millions of rows go in;
/// - foreign-key enforcement off (<see cref="SqliteImportSession"/> says why);
/// - temporary storage in files rather than in memory. SQLite's sorter, which builds each deferred index
///   (<see cref="DeferredIndexes"/>), gathers the keys in one growing buffer only when temporary storage is in files
///   (up to the page cache's size, then it spills sorted runs to a temporary file); with temporary storage in memory
///   it allocates every key on its own. Measured alternately with the e_sqlite3 the store ships, an endpoint index of
///   the 1M-relationship benchmark graph took about 0.6 s this way against 0.8 s, and fitted in the buffer: no
///   temporary file was written.
/// Each is read before it is changed and restored as it was.
/// </summary>
internal sealed class ImportPragmas
{
    private const int CacheKibibytes = 64 * 1024;

    private readonly SqliteConnection _connection;
    private readonly long _cacheSize;
    private readonly long _tempStore;

    private ImportPragmas(SqliteConnection connection, long cacheSize, long tempStore)
    {
        _connection = connection;
        _cacheSize = cacheSize;
        _tempStore = tempStore;
    }

    /// <summary>Applies the import's settings to <paramref name="connection"/>, outside any transaction.</summary>
    public static ImportPragmas Apply(SqliteConnection connection)
    {
        var pragmas = new ImportPragmas(
            connection, ConnectionPragma.Number(connection, "PRAGMA cache_size"), ConnectionPragma.Number(connection, "PRAGMA temp_store"));
        ConnectionPragma.Number(connection, "PRAGMA cache_size = -" + CacheKibibytes.ToString(CultureInfo.InvariantCulture));
        ConnectionPragma.Number(connection, "PRAGMA temp_store = FILE");
        ConnectionPragma.Number(connection, "PRAGMA foreign_keys = OFF");
        return pragmas;
    }

    /// <summary>Gives the connection back its own settings, once the import's transaction has ended.</summary>
    public void Restore()
    {
        ConnectionPragma.Number(_connection, "PRAGMA cache_size = " + _cacheSize.ToString(CultureInfo.InvariantCulture));
        ConnectionPragma.Number(_connection, "PRAGMA temp_store = " + _tempStore.ToString(CultureInfo.InvariantCulture));
        ConnectionPragma.Number(_connection, "PRAGMA foreign_keys = ON");
    }
}
