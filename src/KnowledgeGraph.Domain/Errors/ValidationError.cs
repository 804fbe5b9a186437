namespace KnowledgeGraph.Domain.Errors;

/// <summary>
/// One problem with input. <see cref="Path"/> locates it (a file and record, or an input path such as
/// <c>entities[3].properties.startYear</c>); <see cref="Code"/> is a stable machine-readable reason.
/// </summary>
public sealed record ValidationError(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
