namespace KnowledgeGraph.Api.WebSockets;

internal static partial class WebSocketLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "GraphQL WebSocket closed by the server with {CloseCode}: {Reason}")]
    public static partial void Closed(ILogger logger, int closeCode, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Id} failed unexpectedly")]
    public static partial void OperationFailed(ILogger logger, string id, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "GraphQL WebSocket operation {Id} ({OperationType}) started")]
    public static partial void OperationStarted(ILogger logger, string id, string operationType);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "GraphQL WebSocket of {Client} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string client, string reason);
}
