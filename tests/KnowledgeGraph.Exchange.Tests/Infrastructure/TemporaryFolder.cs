using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Exchange.Tests.Infrastructure;

/// <summary>A temporary folder for files and SQLite stores, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    private readonly List<SqliteGraphStore> _stores = [];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "knowledgegraph-exchange-tests", Guid.NewGuid().ToString("N"));

    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A new, initialised SQLite store on its own file in this folder.</summary>
    public async Task<SqliteGraphStore> OpenStoreAsync(string name)
    {
        var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = File(name + ".db") }));
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Connections.ClearPool();
            store.Dispose();
        }

        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
