namespace KnowledgeGraph.GraphQL.Errors;

/// <summary>Codes of errors raised by the schema itself rather than by a domain exception.</summary>
public static class ErrorCodes
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A subscription to graph changes while no change feed is registered (the cache is disabled).</summary>
    public const string ChangeFeedUnavailable = "CHANGE_FEED_UNAVAILABLE";

    /// <summary>An id that is not a global id, or names an unknown type.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A cursor this connection did not hand out, or handed out under other arguments (order, where…).</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    public const string EmptySearch = "EMPTY_SEARCH";
    public const string NegativePageSize = "NEGATIVE_PAGE_SIZE";
    public const string NullNotSupported = "NULL_NOT_SUPPORTED";
}
