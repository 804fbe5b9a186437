using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>A real SQLite graph store on a file in its own temporary folder, deleted on dispose.</summary>
internal sealed class TemporarySqliteStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knowledgegraph-seed-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> _stores = [];

    /// <summary>Opens a new, initialised store over the same file, as a second start of the service would.</summary>
    public async Task<SqliteGraphStore> OpenAsync()
    {
        var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") }));
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

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
