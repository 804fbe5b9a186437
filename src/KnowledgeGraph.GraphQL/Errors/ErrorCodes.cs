namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>Codes of errors raised by the schema itself rather than by a domain exception.</summary>
public static class ErrorCodes
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A subscription to graph changes while no change feed is registered (the cache is disabled).</summary>
    public const string ChangeFeedUnavailable = "CHANGE_FEED_UNAVAILABLE";
}
