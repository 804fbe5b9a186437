using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// Limits of the traversal fields, bound from the <c>Traversal</c> configuration section. A request asking for more
/// than a limit fails with LIMIT_EXCEEDED; nothing is silently clamped.
/// </summary>
public sealed class TraversalOptions : ISettings
{
    public const string SectionName = "Traversal";

    /// <summary>The largest <c>depth</c> of <c>neighborhood</c>.</summary>
    public int MaxDepth { get; set; } = 4;

    /// <summary>The largest <c>maxLength</c> of <c>paths</c> and <c>connect</c>.</summary>
    public int MaxPathLength { get; set; } = 6;

    /// <summary>How many relationships <c>neighborhood</c> follows from any one entity (hubs are cut here, marked truncated).</summary>
    public int MaxExpansionPerNode { get; set; } = 50;

    /// <summary>The largest <c>limit</c> of <c>neighborhood</c>, and its value when left out.</summary>
    public int MaxNodes { get; set; } = 500;

    /// <summary>The largest <c>first</c> of <c>paths</c>.</summary>
    public int MaxPaths { get; set; } = 100;

    /// <summary>How many entities <c>connect</c> links at most.</summary>
    public int MaxConnectEntities { get; set; } = 5;

    public IEnumerable<string> Validate(string section)
    {
        foreach (var (name, value, least) in new[]
        {
            (nameof(MaxDepth), MaxDepth, 1),
            (nameof(MaxPathLength), MaxPathLength, 1),
            (nameof(MaxExpansionPerNode), MaxExpansionPerNode, 1),
            (nameof(MaxNodes), MaxNodes, 1),
            (nameof(MaxPaths), MaxPaths, 1),
            (nameof(MaxConnectEntities), MaxConnectEntities, 2),
        })
        {
            if (value < least)
            {
                yield return $"{section}:{name} must be at least {least} (was {value}).";
            }
        }
    }
}
