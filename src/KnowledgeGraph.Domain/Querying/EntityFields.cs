namespace KnowledgeGraph.Domain.Querying;

/// <summary>Fields every entity has that filters and sorts may name, besides the kind's own properties.</summary>
public static class EntityFields
{
    public const string Key = "key";
    public const string Name = "name";
    public const string Description = "description";

    /// <summary>The kind's name (<c>Project</c>); filters compare it with Eq, Neq, In and NotIn.</summary>
    public const string Kind = "kind";

    /// <summary>The entity's version, an integer.</summary>
    public const string Version = "version";

    /// <summary>The list of aliases, filtered with a <see cref="ListFilter"/> over its text elements.</summary>
    public const string Aliases = "aliases";

    /// <summary>The list of cited sources, filtered with a <see cref="ListFilter"/> over <see cref="SourceFields"/>.</summary>
    public const string Sources = "sources";

    public static readonly IReadOnlyList<string> All = [Key, Name, Description];
}
