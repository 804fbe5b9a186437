using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>An input value breaks a rule (a <see cref="Domain.Validation.ValidationCodes"/> code or <c>INVALID_ID</c>); shown as <c>ValidationError</c>.</summary>
public sealed record InputError(string Message, string Code, IReadOnlyList<string>? Path) : UserError(Message, Code, Path)
{
    public const string InvalidId = ErrorCodes.InvalidId;
}
