using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// The columns of the three CSV files (documented in seed/README.md, "CSV"). Entities carry one column per property
/// any kind declares (the union over kinds, in declaration order), so a spreadsheet shows them as plain columns; a
/// row fills only the columns its kind declares.
/// </summary>
public static class CsvLayout
{
    public const string SourcesFile = "sources.csv";
    public const string EntitiesFile = "entities.csv";
    public const string RelationshipsFile = "relationships.csv";

    /// <summary>Separates the items of a multi-valued cell (aliases, sources); see <see cref="CsvLists"/>. Citations are a JSON array in one cell.</summary>
    public const char ListSeparator = '|';

    public static IReadOnlyList<string> SourceColumns { get; } = ["key", "title", "publisher", "url", "publishedOn", "accessedOn"];

    public static IReadOnlyList<string> EntityCommonColumns { get; } = ["key", "kind", "name", "aliases", "description", "sources", "citations"];

    /// <summary>Every declared property, once, in the order the kinds declare them.</summary>
    public static IReadOnlyList<PropertyDefinition> PropertyColumns { get; } = Enum.GetValues<EntityKind>().Select(EntityKinds.Get)
        .SelectMany(k => k.Properties)
        .DistinctBy(p => p.Name, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> EntityColumns { get; } = EntityCommonColumns.Concat(PropertyColumns.Select(p => p.Name)).ToList();

    public static IReadOnlyList<string> RelationshipColumns { get; } =
        ["key", "type", "from", "to", "role", "sinceYear", "untilYear", "amount", "currency", "note", "confidence", "sources", "citations"];

    public static IReadOnlyList<string> RequiredSourceColumns { get; } = ["key", "title"];

    public static IReadOnlyList<string> RequiredEntityColumns { get; } = ["key", "kind", "name", "sources"];

    /// <summary>A relationship's key may be left out (derived as in the seed format), so its column is optional.</summary>
    public static IReadOnlyList<string> RequiredRelationshipColumns { get; } = ["type", "from", "to", "sources"];
}
