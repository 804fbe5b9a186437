namespace KnowledgeGraph.Api.Http.RateLimiting;

internal static partial class RateLimitLog
{
    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Client {Client} exceeded the {Policy} rate limit")]
    public static partial void Refused(ILogger logger, string client, RateLimitPolicy policy);
}
