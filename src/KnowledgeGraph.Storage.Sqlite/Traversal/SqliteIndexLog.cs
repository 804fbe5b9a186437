using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

internal static partial class SqliteIndexLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Information,
        Message = "Adjacency index built at graph version {Version}: {Entities} entities, {Relationships} relationships in {Milliseconds} ms")]
    public static partial void Built(ILogger logger, long version, int entities, int relationships, long milliseconds);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information,
        Message = "Adjacency index at graph version {Version} is rebuilt rather than updated: {Reason}")]
    public static partial void RebuildNeeded(ILogger logger, long version, string reason);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Adjacency index compaction failed; the uncompacted index stays in use")]
    public static partial void CompactionFailed(ILogger logger, Exception exception);
}
