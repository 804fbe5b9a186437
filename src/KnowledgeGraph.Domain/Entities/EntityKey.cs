using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Entities;

public static class EntityKey
{
    public const int MaxLength = 120;

    /// <summary>Keys are lower-case slugs (<see cref="KeyFormat"/>) so they read well in URLs, ids and Cypher alike.</summary>
    public static bool IsValid(string? key) => KeyFormat.IsValid(key, MaxLength);
}
