using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>One SQLite store holding the repository's real seed (<c>seed/</c>) and one schema host over it, shared by a test class.</summary>
public sealed class SeededGraphFixture : IAsyncLifetime
{
    private SqliteStoreFactory? _store;

    public GraphQLTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(new GraphChangeSet());
        await SeedLoader.LoadAsync(_store.Store, SeedDirectory());
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

    private static string SeedDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "seed"));
}
