namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// Knows the graph version this instance may cache under. Every cache key contains it, so an entry written at an
/// older version is never read again once the version moves on, on any instance.
/// </summary>
public interface IGraphVersionTracker
{
    /// <summary>
    /// The version to key cached answers on, or null when the cache must be bypassed because this instance cannot
    /// be sure it would learn about other instances' writes (Redis or its subscription down, not yet synchronised).
    /// </summary>
    ValueTask<long?> GetCacheVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Called by the writer after the store committed a change: raises this instance's version before the write
    /// returns and tells the other instances.
    /// </summary>
    Task NotifyWrittenAsync(long graphVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Called when a write's outcome is unknown (it failed after possibly committing): the version is re-read from
    /// the store before anything is cached again.
    /// </summary>
    void MarkUncertain();
}
