using System.Globalization;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// Paths of validation errors name a record by its list in the change set and its index: <c>entities[3].startYear</c>
/// (<see cref="GraphChangeValidator"/>) or <c>upsertEntities[3].kind</c> (a store). Callers that know where each record
/// came from (an input path, a file and line) put that in its place.
/// </summary>
public static class ChangeSetPaths
{
    /// <summary>The list a path part names, in the validator's or the stores' spelling; null for any other name.</summary>
    public static ChangeSetSection? SectionOf(string name) => name switch
    {
        "sources" or "upsertSources" => ChangeSetSection.Sources,
        "entities" or "upsertEntities" => ChangeSetSection.Entities,
        "relationships" or "upsertRelationships" => ChangeSetSection.Relationships,
        "deleteRelationshipKeys" => ChangeSetSection.DeleteRelationshipKeys,
        "deleteEntityKeys" => ChangeSetSection.DeleteEntityKeys,
        "deleteSourceKeys" => ChangeSetSection.DeleteSourceKeys,
        _ => null,
    };

    /// <summary>A record as <see cref="GraphChangeValidator"/> names it by default: <c>entities[3]</c>.</summary>
    public static string Validated(ChangeSetSection section, int index) => $"{ListName(section, inStore: false)}[{index}]";

    /// <summary>A record as the stores name it in their problems: <c>upsertEntities[3]</c>.</summary>
    public static string InStore(ChangeSetSection section, int index) => $"{ListName(section, inStore: true)}[{index}]";

    private static string ListName(ChangeSetSection section, bool inStore) => section switch
    {
        ChangeSetSection.Sources => inStore ? "upsertSources" : "sources",
        ChangeSetSection.Entities => inStore ? "upsertEntities" : "entities",
        ChangeSetSection.Relationships => inStore ? "upsertRelationships" : "relationships",
        ChangeSetSection.DeleteRelationshipKeys => "deleteRelationshipKeys",
        ChangeSetSection.DeleteEntityKeys => "deleteEntityKeys",
        _ => "deleteSourceKeys",
    };

    /// <summary>
    /// <paramref name="path"/> with its leading record (<c>upsertEntities[3]</c>) replaced by what
    /// <paramref name="recordPath"/> says of it, the rest kept (<c>entities.csv:5.kind</c>); unchanged when it names no record.
    /// </summary>
    public static string Relocate(string path, Func<ChangeSetSection, int, string> recordPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(recordPath);
        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf(']', StringComparison.Ordinal);
        return open > 0 && close > open + 1 && SectionOf(path[..open]) is { } section &&
               int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? recordPath(section, index) + path[(close + 1)..]
            : path;
    }
}
