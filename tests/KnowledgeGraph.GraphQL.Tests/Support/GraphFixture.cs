namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>One SQLite store holding <see cref="FixtureGraph"/> and one schema host over it, shared by a test class.</summary>
public sealed class GraphFixture : IAsyncLifetime
{
    private SqliteStoreFactory? _store;

    public GraphQLTestHost Host { get; private set; } = null!;

    /// <summary>Another schema host over the same store, with its own configuration (e.g. <c>GraphQL:MaxPageSize</c>).</summary>
    public GraphQLTestHost CreateHost(
        IReadOnlyDictionary<string, string?> configuration, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null) =>
        new(_store!.Store, configuration, configureServices);

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        Host = new GraphQLTestHost(_store.Store);
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
