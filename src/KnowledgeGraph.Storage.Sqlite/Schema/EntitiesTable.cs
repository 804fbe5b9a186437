namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Table and column names of <c>entities</c>. <see cref="Id"/> is a stable integer row id (the full-text index
/// refers to it); <see cref="Key"/> is the natural key that relationships and callers use.
/// </summary>
public static class EntitiesTable
{
    public const string Name = "entities";
    public const string Id = "id";
    public const string Key = "key";

    /// <summary>The <see cref="Domain.Entities.EntityKind"/> name, e.g. <c>Project</c>.</summary>
    public const string Kind = "kind";

    public const string EntityName = "name";

    /// <summary>The name lower-cased with invariant culture, for case-insensitive matching.</summary>
    public const string NameFolded = "name_folded";

    /// <summary>JSON array of strings.</summary>
    public const string Aliases = "aliases";

    public const string Description = "description";

    /// <summary>The description lower-cased with invariant culture, or null.</summary>
    public const string DescriptionFolded = "description_folded";

    /// <summary>JSON object of the kind's properties; integers are JSON integers, numbers always carry a decimal point or exponent.</summary>
    public const string Properties = "properties";

    /// <summary>JSON object holding the text properties lower-cased, for case-insensitive matching.</summary>
    public const string PropertiesFolded = "properties_folded";

    /// <summary>The name's <see cref="Domain.Querying.Collation.Key"/>: what sorting by name compares.</summary>
    public const string NameSort = "name_sort";

    /// <summary>The description's collation key, or null.</summary>
    public const string DescriptionSort = "description_sort";

    /// <summary>JSON object holding the collation key of each text property, for sorting.</summary>
    public const string PropertiesSort = "properties_sort";

    /// <summary>JSON array of the cited source keys, in the order given (also normalised in <see cref="EntitySourcesTable"/>).</summary>
    public const string SourceKeys = "source_keys";

    /// <summary>JSON array of the citations (<see cref="Storage.Common.CitationJson"/>), in the order given.</summary>
    public const string Citations = "citations";

    public const string Version = "version";
}
