namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>A SQLite file path in a fresh temp directory, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-cache-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "graph.db");

    public void Dispose()
    {
        // Only this file's pool: clearing every pool in the process races with other tests' stores.
        new KnowledgeGraph.Storage.Sqlite.SqliteConnectionFactory(new KnowledgeGraph.Storage.Sqlite.SqliteStoreOptions { Path = Path }).ClearPool();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
