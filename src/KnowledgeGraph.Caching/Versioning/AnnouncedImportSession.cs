using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// An import session of the store behind the cache: its commit is announced like any write of
/// <see cref="AnnouncingGraphStore"/>, so that running instances drop what the import made stale.
/// </summary>
internal sealed class AnnouncedImportSession(IGraphImportSession inner, AnnouncingGraphStore store) : IGraphImportSession
{
    public Task<GraphChangeResult> WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(part, cancellationToken);

    public Task<GraphChangeResult> CommitAsync(CancellationToken cancellationToken = default) =>
        store.AnnounceAsync(() => inner.CommitAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
