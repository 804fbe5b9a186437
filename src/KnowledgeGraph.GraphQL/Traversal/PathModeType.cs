using GraphQL.Types;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>The <c>PathMode</c> enum of <c>paths</c>.</summary>
public sealed class PathModeType : EnumerationGraphType
{
    public PathModeType()
    {
        Name = "PathMode";
        Description = "Which paths to return.";
        Add("SHORTEST", PathMode.Shortest, "One shortest path.");
        Add("ALL_SHORTEST", PathMode.AllShortest, "Every path of the shortest length (at most `first`).");
        Add("ALL", PathMode.All, "All simple paths up to `maxLength`, shortest first (at most `first`).");
    }
}
