namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Options of the SQLite store, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Storage:Sqlite";

    public const string DefaultPath = "data/knowledgegraph.db";

    /// <summary>Path of the database file; relative paths resolve against the working directory. Its folder is created.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a connection waits for another writer's lock before failing, in milliseconds.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
