namespace KnowledgeGraph.Api.Export;

internal sealed partial class ExportLog
{
    [LoggerMessage(EventId = 1150, Level = LogLevel.Warning, Message = "Export {Path} exceeded {TimeoutSeconds} s and was cancelled")]
    public static partial void TimedOut(ILogger logger, string path, double timeoutSeconds);
}
