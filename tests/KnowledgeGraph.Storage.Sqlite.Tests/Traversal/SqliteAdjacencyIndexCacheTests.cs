using KnowledgeGraph.Conformance.Traversal;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Traversal;

public sealed class SqliteAdjacencyIndexCacheTests : IDisposable
{
    private readonly TemporarySqliteStores _stores = new();

    [Fact]
    public async Task Index_is_read_once_per_graph_version()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store);

        await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });
        await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });
        var beforeWrite = traversal.Index!.BuildCount;
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [TraversalTestGraph.Relationship("tokayev", RelationshipTypes.Supports, "bri")],
        });
        await traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos" });

        Assert.Equal(1, beforeWrite);
        Assert.Equal(2, traversal.Index.BuildCount);
    }

    [Fact]
    public async Task Query_mode_keeps_no_index()
    {
        var store = await _stores.CreateAsync();
        await store.ApplyAsync(TraversalTestGraph.ChangeSet);
        using var traversal = new SqliteGraphTraversal(store, SqliteAdjacencyMode.Query);

        var paths = await traversal.FindPathsAsync(new PathSpec { FromKey = "tokayev", ToKey = "xi" });

        Assert.Null(traversal.Index);
        Assert.Equal(4, Assert.Single(paths).Length);
    }

    public void Dispose() => _stores.Dispose();
}
