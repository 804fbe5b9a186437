using GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>A refused operation, reported during validation so that nothing of it executes.</summary>
public sealed class AccessValidationError : ValidationError
{
    public AccessValidationError(AccessDenial denial)
        : base(denial.Message)
    {
        Code = denial.Code;
    }
}
