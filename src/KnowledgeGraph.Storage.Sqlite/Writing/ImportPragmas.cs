using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The connection settings an import's session changes for its duration, and gives back before the connection returns
/// to the pool:
/// - a larger page cache, room for the indexes' hot pages while millions of rows go in;
/// - foreign-key enforcement off (<see cref="SqliteImportSession"/> says why);
/// - temporary files on disk rather than in memory. The sorts that build deferred indexes (<see cref="DeferredIndexes"/>)
///   spill sorted runs to SQLite's temporary storage. Kept in memory, merging them back took a quarter longer than
///   from the operating system's file cache: about 0.8 s against 0.6 s per endpoint index of the 1M-relationship
///   benchmark graph, measured alternately with the e_sqlite3 the store ships.
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
