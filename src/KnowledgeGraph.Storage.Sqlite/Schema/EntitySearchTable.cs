namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// The FTS5 index over entities (its rowid is <see cref="EntitiesTable.Id"/>), kept in sync by triggers on
/// <c>entities</c>. Columns in rank order: name, aliases, description.
/// </summary>
public static class EntitySearchTable
{
    public const string Name = "entity_search";
    public const string EntityName = "name";
    public const string Aliases = "aliases";
    public const string Description = "description";

    /// <summary>bm25 column weights: a hit in the name counts most, then aliases, then description.</summary>
    public const double NameWeight = 10.0;
    public const double AliasesWeight = 5.0;
    public const double DescriptionWeight = 1.0;
}
