namespace KnowledgeGraph.GraphQL.Limits;

/// <summary>
/// A list (or a filter) in an argument that holds more than a setting allows: where it is (<c>ids</c>,
/// <c>input.entities[3].project.aliases</c>, <c>where</c>), how many <paramref name="Unit"/> it holds, and the setting.
/// </summary>
public sealed record InputListExcess(string Path, long Count, int Maximum, string Setting, string Unit);
