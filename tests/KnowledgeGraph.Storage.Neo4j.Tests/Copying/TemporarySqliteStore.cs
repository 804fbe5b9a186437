using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Copying;

/// <summary>A SQLite store in its own temporary folder, deleted on dispose: a real store for port-to-port copies.</summary>
public sealed class TemporarySqliteStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knowledgegraph-neo4j-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteConnectionFactory _connections;

    public TemporarySqliteStore()
    {
        _connections = new SqliteConnectionFactory(new SqliteStoreOptions { Path = Path.Combine(_folder, "graph.db") });
        Store = new SqliteGraphStore(_connections);
    }

    public SqliteGraphStore Store { get; }

    public void Dispose()
    {
        _connections.ClearPool();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
