using System.Text.RegularExpressions;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// The slug format of every key (entities, relationships, sources): lower-case letters and digits in groups joined
/// by single hyphens. Entity keys additionally obey <see cref="Entities.EntityKey"/>'s length.
/// </summary>
public static partial class KeyFormat
{
    public static bool IsValid(string? key, int maxLength) =>
        key is not null && key.Length > 0 && key.Length <= maxLength && Slug().IsMatch(key);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
