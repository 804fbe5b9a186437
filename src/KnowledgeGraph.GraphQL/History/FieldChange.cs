namespace KnowledgeGraph.GraphQL.History;

/// <summary>One field of a change with its value before and after (null when it had none).</summary>
public sealed record FieldChange(string Field, object? Before, object? After);
