namespace KnowledgeGraph.Storage.Sqlite.Tests.Traversal;

/// <summary>Creates initialised SQLite stores in a temporary folder and deletes the folder when disposed.</summary>
internal sealed class TemporarySqliteStores : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-traversal-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> _stores = [];

    public async Task<SqliteGraphStore> CreateAsync()
    {
        var options = new SqliteStoreOptions { Path = Path.Combine(_folder, $"store-{_stores.Count}.db") };
        var store = new SqliteGraphStore(new SqliteConnectionFactory(options));
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    /// <summary>
    /// A second store with its own connection factory on the same file, as another process would open it: its writes
    /// reach the first store only through the file.
    /// </summary>
    public async Task<SqliteGraphStore> OpenAgainAsync(SqliteGraphStore store)
    {
        var again = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = store.Connections.FilePath }));
        _stores.Add(again);
        await again.InitializeAsync();
        return again;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Connections.ClearPool();
            store.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
