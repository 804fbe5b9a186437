using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>A source cannot be deleted while an entity or relationship still cites it.</summary>
public sealed record SourceInUse(string Message, IReadOnlyList<string>? Path, string SourceId) : UserError(Message, ErrorCode, Path)
{
    public const string ErrorCode = ValidationCodes.SourceInUse;
}
