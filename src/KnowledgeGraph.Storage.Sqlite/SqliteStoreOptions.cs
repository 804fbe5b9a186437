using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Options of the SQLite store, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SqliteStoreOptions : ISettings
{
    public const string SectionName = "Storage:Sqlite";

    public const string DefaultPath = "data/knowledgegraph.db";

    /// <summary>Path of the database file; relative paths resolve against the working directory. Its folder is created.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a connection waits for another writer's lock before failing, in milliseconds.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Page cache of each connection, in KiB (SQLite's default is 2 MiB; large graphs read faster with more).</summary>
    public int CacheSizeKibibytes { get; set; } = 16384;

    /// <summary>
    /// How much of the file each connection may read through memory mapping, in bytes; 0 (the default) leaves it off,
    /// since setting it costs time on every connection open.
    /// </summary>
    public long MemoryMapBytes { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{section}:{nameof(Path)} must name the database file; it is empty.";
        }

        if (BusyTimeoutMilliseconds < 0)
        {
            yield return $"{section}:{nameof(BusyTimeoutMilliseconds)} must not be negative (was {BusyTimeoutMilliseconds}).";
        }

        if (CacheSizeKibibytes < 0)
        {
            yield return $"{section}:{nameof(CacheSizeKibibytes)} must not be negative (was {CacheSizeKibibytes}).";
        }

        if (MemoryMapBytes < 0)
        {
            yield return $"{section}:{nameof(MemoryMapBytes)} must not be negative (was {MemoryMapBytes}).";
        }
    }
}
