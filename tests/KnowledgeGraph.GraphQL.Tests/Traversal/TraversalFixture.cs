using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Traversal;

/// <summary>One SQLite store holding <see cref="FixtureGraph"/> and a schema host with traversal over it, shared by a test class.</summary>
public sealed class TraversalFixture : IAsyncLifetime
{
    private SqliteStoreFactory? _store;

    public TraversalSchemaHost Host { get; private set; } = null!;

    /// <summary>Another host over the same store with its own configuration (e.g. <c>Traversal:MaxDepth</c>).</summary>
    public TraversalSchemaHost CreateHost(IReadOnlyDictionary<string, string?> configuration) => new(_store!.Store, configuration);

    /// <summary>Another host whose resolvers read the store through <paramref name="wrap"/> (the traversal reads it directly).</summary>
    public TraversalSchemaHost CreateHost(Func<IGraphStore, IGraphStore> wrap) => new(_store!.Store, schemaStore: wrap(_store.Store));

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        Host = new TraversalSchemaHost(_store.Store);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
