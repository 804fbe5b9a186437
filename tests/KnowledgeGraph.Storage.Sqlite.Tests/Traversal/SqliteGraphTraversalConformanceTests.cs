using KnowledgeGraph.Conformance.Traversal;
using KnowledgeGraph.Storage.Sqlite.Traversal;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Traversal;

/// <summary>The traversal conformance suite on a fresh SQLite file per test, walking the in-memory adjacency index.</summary>
public sealed class SqliteGraphTraversalConformanceTests : GraphTraversalConformanceTests, IDisposable
{
    private readonly TemporarySqliteStores _stores = new();

    protected override async Task<TraversalPair> CreateAsync()
    {
        var store = await _stores.CreateAsync();
        return new TraversalPair(store, new SqliteGraphTraversal(store, SqliteAdjacencyMode.Index));
    }

    public void Dispose() => _stores.Dispose();
}
