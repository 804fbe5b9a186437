namespace KnowledgeGraph.Domain.Querying;

/// <summary>The fields of a cited source that a <see cref="ListFilter"/> over <see cref="EntityFields.Sources"/> may compare.</summary>
public static class SourceFields
{
    public const string Key = "key";
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Url = "url";

    /// <summary>Every source field; only <see cref="Key"/> and <see cref="Title"/> are never missing.</summary>
    public static readonly IReadOnlyList<string> All = [Key, Title, Publisher, Url];
}
