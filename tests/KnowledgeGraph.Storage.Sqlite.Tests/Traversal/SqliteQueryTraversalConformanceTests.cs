using KnowledgeGraph.Conformance.Traversal;
using KnowledgeGraph.Storage.Sqlite.Traversal;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Traversal;

/// <summary>The traversal conformance suite on a fresh SQLite file per test, with one SQL query per level.</summary>
public sealed class SqliteQueryTraversalConformanceTests : GraphTraversalConformanceTests, IDisposable
{
    private readonly TemporarySqliteStores _stores = new();

    protected override async Task<TraversalPair> CreateAsync()
    {
        var store = await _stores.CreateAsync();
        return new TraversalPair(store, new SqliteGraphTraversal(store, SqliteAdjacencyMode.Query));
    }

    public void Dispose() => _stores.Dispose();
}
