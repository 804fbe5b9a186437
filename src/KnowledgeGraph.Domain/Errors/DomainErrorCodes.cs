namespace KnowledgeGraph.Domain.Errors;

/// <summary>
/// The <see cref="DomainException.Code"/> of each domain exception, and of failures raised by domain services; the
/// per-problem codes inside a <see cref="ValidationException"/> are <see cref="Validation.ValidationCodes"/> and
/// <see cref="Querying.QueryCodes"/>.
/// </summary>
public static class DomainErrorCodes
{
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>A copy into a store that already holds a graph (<see cref="Copying.GraphCopier"/>).</summary>
    public const string TargetNotEmpty = "TARGET_NOT_EMPTY";
}
