using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to the configured database file, each set up the same way: write-ahead log,
/// foreign keys enforced, a busy timeout, and <c>synchronous=NORMAL</c> (durable at every checkpoint, fast commits).
/// Open one connection per operation and dispose it; the pool keeps the physical connections.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private volatile bool _directoryReady;

    public SqliteConnectionFactory(IOptions<SqliteStoreOptions> options)
        : this(options.Value)
    {
    }

    public SqliteConnectionFactory(SqliteStoreOptions options)
    {
        // Configured options were validated when they were built (AddSettings); an empty path is refused there, naming its key.
        ArgumentNullException.ThrowIfNull(options);
        FilePath = System.IO.Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, options.BusyTimeoutMilliseconds / 1000),
        }.ToString();

        // Values are integers from options, formatted invariantly; PRAGMA statements take no parameters.
        _pragmas =
            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; " +
            "PRAGMA busy_timeout = " + Math.Max(0, options.BusyTimeoutMilliseconds).ToString(CultureInfo.InvariantCulture) + "; " +
            "PRAGMA cache_size = -" + Math.Max(0, options.CacheSizeKibibytes).ToString(CultureInfo.InvariantCulture) + "; " +
            "PRAGMA temp_store = MEMORY;" +
            (options.MemoryMapBytes > 0 ? " PRAGMA mmap_size = " + options.MemoryMapBytes.ToString(CultureInfo.InvariantCulture) + ";" : string.Empty);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Runs on every connection once it is open and set up: a seam for diagnostics, such as tracing the statements run.</summary>
    public Action<SqliteConnection>? Opened { get; init; }

    /// <summary>Opens a connection with the store's pragmas applied, creating the file's folder when missing.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!_directoryReady)
        {
            var directory = System.IO.Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            _directoryReady = true;
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Querying.SqlFunctions.Register(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Opened?.Invoke(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases pooled connections to the file so that it can be moved or deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
