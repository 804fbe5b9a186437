namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>Why an operation is refused: one of <see cref="AccessErrorCodes"/> and a message for the caller.</summary>
public sealed record AccessDenial(string Code, string Message);
