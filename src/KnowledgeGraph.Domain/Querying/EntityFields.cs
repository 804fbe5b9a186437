namespace KnowledgeGraph.Domain.Querying;

/// <summary>Fields every entity has that filters and sorts may name, besides the kind's own properties.</summary>
public static class EntityFields
{
    public const string Key = "key";
    public const string Name = "name";
    public const string Description = "description";

    public static readonly IReadOnlyList<string> All = [Key, Name, Description];
}
