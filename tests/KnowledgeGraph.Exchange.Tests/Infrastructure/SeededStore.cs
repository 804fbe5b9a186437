using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Exchange.Tests.Infrastructure;

/// <summary>Stores loaded with the repository's real seed, and exports of them as bytes.</summary>
internal static class SeededStore
{
    public static async Task<IGraphStore> OpenAsync(TemporaryFolder folder, string name = "seeded")
    {
        var store = await folder.OpenStoreAsync(name);
        await SeedLoader.LoadAsync(store, RepositoryPaths.SeedDirectory);
        return store;
    }

    public static async Task<byte[]> ExportAsync(IGraphSnapshot snapshot, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        await GraphExporter.WriteAsync(snapshot, format, buffer);
        return buffer.ToArray();
    }
}
