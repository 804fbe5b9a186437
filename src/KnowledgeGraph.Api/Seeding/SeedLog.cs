namespace KnowledgeGraph.Api.Seeding;

internal static partial class SeedLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Graph store initialised")]
    public static partial void StoreInitialised(ILogger logger);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Seed loading on start-up is off (Seed:LoadOnStartup=false)")]
    public static partial void SeedDisabled(ILogger logger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "{Summary}")]
    public static partial void SeedLoaded(ILogger logger, string summary);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Seed from {Directory} not loaded: the store already holds data")]
    public static partial void SeedSkipped(ILogger logger, string directory);
}
