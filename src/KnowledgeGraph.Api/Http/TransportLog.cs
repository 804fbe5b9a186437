namespace KnowledgeGraph.Api.Http;

internal static partial class TransportLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "GraphQL request rejected with {StatusCode} {Code}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string code, string reason);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "GraphQL request failed unexpectedly")]
    public static partial void RequestFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "GraphQL execution of {OperationName} exceeded {TimeoutSeconds} s and was cancelled")]
    public static partial void ExecutionTimedOut(ILogger logger, string? operationName, double timeoutSeconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "GraphQL {OperationType} {OperationName} executed in {ElapsedMs} ms with {ErrorCount} error(s)")]
    public static partial void Executed(ILogger logger, string operationType, string? operationName, double elapsedMs, int errorCount);
}
