using KnowledgeGraph.Domain.Errors;
namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>The entity is no longer at the version the caller read: someone else changed (or deleted) it first.</summary>
public sealed record VersionConflict(string Message, IReadOnlyList<string>? Path, string Id, long ExpectedVersion, long ActualVersion)
    : UserError(Message, ErrorCode, Path)
{
    public const string ErrorCode = DomainErrorCodes.Conflict;
}
