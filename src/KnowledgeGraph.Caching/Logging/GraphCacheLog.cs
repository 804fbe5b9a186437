using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Caching.Logging;

internal static partial class GraphCacheLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Redis connection {ConnectionType} to {Endpoint} failed ({FailureType}); the graph cache is bypassed until it is back")]
    public static partial void ConnectionLost(ILogger logger, string connectionType, string? endpoint, string failureType);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Redis connection {ConnectionType} to {Endpoint} restored; re-synchronising the graph version")]
    public static partial void ConnectionRestored(ILogger logger, string connectionType, string? endpoint);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Graph cache synchronised at graph version {GraphVersion}")]
    public static partial void Synchronized(ILogger logger, long graphVersion);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Graph cache re-synchronisation failed; answers stay uncached")]
    public static partial void SynchronizationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Could not publish graph version {GraphVersion}; this instance bypasses the cache and publishes again once Redis is back")]
    public static partial void PublishFailed(ILogger logger, long graphVersion, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "Graph version moved from {OldVersion} to {NewVersion} ({Cause})")]
    public static partial void VersionAdvanced(ILogger logger, long oldVersion, long newVersion, string cause);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Ignored a malformed message on the graph-version channel")]
    public static partial void MalformedMessage(ILogger logger);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "A write failed unexpectedly; re-reading the graph version so that no cached answer outlives it")]
    public static partial void WriteOutcomeUnknown(ILogger logger, Exception exception);
}
