using KnowledgeGraph.Conformance;
using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The shared store specification, run against a fresh SQLite file per test.</summary>
public sealed class SqliteGraphStoreConformanceTests : GraphStoreConformanceTests, IDisposable
{
    private readonly List<TemporaryDatabase> _databases = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var database = new TemporaryDatabase();
        _databases.Add(database);
        return await database.CreateInitializedStoreAsync();
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
