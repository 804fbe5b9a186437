using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>A real <see cref="SqliteGraphStore"/> on a temporary file, filled with a change set; deletes its files on dispose.</summary>
public sealed class SqliteStoreFactory : IAsyncDisposable
{
    private readonly string _directory;

    private SqliteStoreFactory(string directory, SqliteGraphStore store)
    {
        _directory = directory;
        Store = store;
    }

    public SqliteGraphStore Store { get; }

    /// <param name="opened">Runs on every connection the store opens (see <see cref="SqliteStatementLog"/>).</param>
    public static async Task<SqliteStoreFactory> CreateAsync(GraphChangeSet contents, Action<SqliteConnection>? opened = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "kg-graphql-tests-" + Guid.NewGuid().ToString("N"));
        var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = Path.Combine(directory, "graph.db") }) { Opened = opened });
        await store.InitializeAsync();
        await store.ApplyAsync(contents);
        return new SqliteStoreFactory(directory, store);
    }

    public ValueTask DisposeAsync()
    {
        // Only this store's pool: clearing every pool in the process races with the other test classes' stores,
        // whose connections are being opened at the same moment.
        Store.Connections.ClearPool();
        Store.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
