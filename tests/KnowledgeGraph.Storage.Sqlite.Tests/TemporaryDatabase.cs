using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A database file in its own temporary folder, deleted with the folder on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "knowledgegraph-tests", Guid.NewGuid().ToString("N"));
        Options = new SqliteStoreOptions { Path = Path.Combine(Folder, "nested", "graph.db") };
        Connections = new SqliteConnectionFactory(Options);
    }

    public string Folder { get; }

    public SqliteStoreOptions Options { get; }

    public SqliteConnectionFactory Connections { get; }

    public string FilePath => Connections.FilePath;

    /// <summary>A store over this file that has not been initialised yet.</summary>
    public SqliteGraphStore CreateStore() => new(new SqliteConnectionFactory(Options));

    public async Task<SqliteGraphStore> CreateInitializedStoreAsync()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        Connections.ClearPool();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
