using System.Text.RegularExpressions;

namespace KnowledgeGraph.Domain.Entities;

public static partial class EntityKey
{
    public const int MaxLength = 120;

    /// <summary>Keys are lower-case slugs so they read well in URLs, ids and Cypher alike.</summary>
    public static bool IsValid(string? key) => key is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(key);

    [GeneratedRegex(@"\A[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
