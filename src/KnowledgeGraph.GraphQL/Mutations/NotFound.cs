using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>The record a mutation is about (by id or key) does not exist.</summary>
public sealed record NotFound(string Message, IReadOnlyList<string>? Path, string Id) : UserError(Message, ErrorCode, Path)
{
    public const string ErrorCode = DomainErrorCodes.NotFound;
}
