using KnowledgeGraph.Caching.Logging;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// Tells the version tracker of every committed write before the write returns, so the change feed (subscriptions)
/// and the cache keys move on, and the other instances hear of it. Registered whether or not caching is on: the
/// change feed does not depend on the cache.
/// </summary>
public sealed class AnnouncingGraphStore(IGraphStore inner, IGraphVersionTracker versions, ILogger<AnnouncingGraphStore> logger)
    : GraphStoreDecorator(inner)
{
    public override Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        AnnounceAsync(() => Inner.ApplyAsync(changes, cancellationToken));

    public override async Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default) =>
        new AnnouncedImportSession(await Inner.BeginImportAsync(import, cancellationToken).ConfigureAwait(false), this);

    /// <summary>
    /// Runs a write of the store and announces the graph version it produced; a write whose outcome is unknown marks
    /// the version uncertain.
    /// </summary>
    internal async Task<GraphChangeResult> AnnounceAsync(Func<Task<GraphChangeResult>> write)
    {
        GraphChangeResult result;
        try
        {
            result = await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not DomainException || ex is StoreUnavailableException)
        {
            // Rejected writes (validation, conflict) change nothing; anything else may have committed before failing.
            GraphCacheLog.WriteOutcomeUnknown(logger, ex);
            versions.MarkUncertain();
            throw;
        }

        if (result.Changed)
        {
            // The caller's token must not stop the announcement of a committed write.
            await versions.NotifyWrittenAsync(result.GraphVersion, CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }
}
