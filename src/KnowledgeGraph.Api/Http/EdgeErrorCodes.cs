using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary><c>extensions.code</c> values of errors raised by the transport itself, before execution.</summary>
public static class EdgeErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string LimitExceeded = DomainErrorCodes.LimitExceeded;
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string InternalError = ErrorCodes.InternalServerError;
}
