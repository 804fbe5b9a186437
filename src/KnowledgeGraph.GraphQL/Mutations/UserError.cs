namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// A problem a mutation reports in its payload rather than as a GraphQL error: the caller's input or the state of the
/// graph prevents the change, and nothing was written. <see cref="Path"/> points into the mutation's arguments, e.g.
/// <c>["input", "entities", "3", "project", "startYear"]</c>.
/// </summary>
public abstract record UserError(string Message, string Code, IReadOnlyList<string>? Path);
