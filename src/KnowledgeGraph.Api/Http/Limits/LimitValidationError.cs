using GraphQL.Validation;

namespace KnowledgeGraph.Api.Http.Limits;

/// <summary>A document over a configured limit; the message names the configuration key.</summary>
public sealed class LimitValidationError : ValidationError
{
    public LimitValidationError(string message)
        : base(message)
    {
        Code = EdgeErrorCodes.LimitExceeded;
    }
}
