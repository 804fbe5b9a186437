using GraphQL.Types;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// The <c>PathMode</c> enum of <c>paths</c>; its names are also what the <c>/export/paths</c> query string takes, so
/// they are listed once, here.
/// </summary>
public sealed class PathModeType : EnumerationGraphType
{
    /// <summary>Each mode's public name and description, in the order clients see them.</summary>
    public static IReadOnlyList<(string Name, PathMode Mode, string Description)> Modes { get; } =
    [
        ("SHORTEST", PathMode.Shortest, "One shortest path."),
        ("ALL_SHORTEST", PathMode.AllShortest, "Every path of the shortest length (at most `first`)."),
        ("ALL", PathMode.All, "All simple paths up to `maxLength`, shortest first (at most `first`)."),
    ];

    public PathModeType()
    {
        Name = "PathMode";
        Description = "Which paths to return.";
        foreach (var (name, mode, description) in Modes)
        {
            Add(name, mode, description);
        }
    }

    /// <summary>The mode a public name stands for, or null.</summary>
    public static PathMode? Parse(string name) =>
        Modes.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal)) is { Name: not null } found ? found.Mode : null;
}
