using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary><c>ValidationError</c>: an input value breaks a rule of the model (length, range, registry, format, reference).</summary>
public sealed class ValidationErrorType : ObjectGraphType<InputError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input value breaks a rule: its code (TOO_LONG, OUT_OF_RANGE, INVALID_CURRENCY, INVALID_URL, "
            + "RELATIONSHIP_NOT_ALLOWED, UNKNOWN_SOURCE, SOURCE_REQUIRED, INVALID_ID…) and path say which and where.";
        Interface<ErrorInterface>();
        IsTypeOf = value => value is InputError;
        ErrorFields.Add(this);
    }
}
