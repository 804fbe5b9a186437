using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Sqlite;

internal static partial class SqliteStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SQLite store at {Path}: applied {Count} schema migration(s), now at version {Version}")]
    public static partial void Migrated(ILogger logger, string path, int count, int version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "SQLite store at {Path} is up to date (schema version {Version})")]
    public static partial void UpToDate(ILogger logger, string path, int version);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "SQLite store at {Path} is unavailable")]
    public static partial void Unavailable(ILogger logger, Exception exception, string path);
}
