using System.Globalization;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>
/// Turns the paths the domain reports (<c>entities[0].properties.startYear</c> from <see cref="GraphChangeValidator"/>,
/// <c>upsertEntities[0].sources[1]</c> from a store) into paths into a mutation's arguments
/// (<c>["input", "startYear"]</c>, <c>["input", "sourceIds", "1"]</c>). <paramref name="record"/> says where each record
/// of the change set came from in the input; field names that differ between the domain and the input are renamed:
/// kind-specific properties are fields of the input itself, as is the kind, cited sources are <paramref name="sourcesField"/>, the
/// ends of a relationship are <paramref name="fromField"/> and <paramref name="toField"/>, and a citation's source is
/// <paramref name="citationSourceField"/>.
/// </summary>
public sealed class InputPaths(
    Func<ChangeSetSection, int, IReadOnlyList<string>> record,
    string sourcesField = "sourceIds",
    string fromField = "fromId",
    string toField = "toId",
    string citationSourceField = "sourceId")
{
    public const string Root = "input";

    /// <summary>A path below <c>input</c>, e.g. <c>Input("name")</c> → <c>["input", "name"]</c>.</summary>
    public static IReadOnlyList<string> Input(params string[] fields) => [Root, .. fields];

    /// <summary>Paths of a mutation whose input is one record of the change set (every section maps to <c>input</c>).</summary>
    public static InputPaths SingleRecord(string sourcesField = "sourceIds") => new((_, _) => [Root], sourcesField);

    public IReadOnlyList<string> Record(ChangeSetSection section, int index) => record(section, index);

    public IReadOnlyList<string> Translate(string domainPath)
    {
        var parts = domainPath.Split('.');
        var (name, indexes) = SplitIndexes(parts[0]);
        if (ChangeSetPaths.SectionOf(name) is not { } section || indexes.Count == 0 || !int.TryParse(indexes[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return [Root];
        }

        var path = new List<string>(record(section, index));
        path.AddRange(indexes.Skip(1));
        foreach (var part in parts.Skip(1))
        {
            var (field, fieldIndexes) = SplitIndexes(part);
            var renamed = Rename(field);
            if (renamed is not null)
            {
                path.Add(renamed);
            }

            path.AddRange(fieldIndexes);
        }

        return path;
    }

    private string? Rename(string field) => field switch
    {
        // An entity's kind is the mutation itself (createProject) or the one-of field naming the record
        // (entities[3].project), never a field of its own.
        "properties" or "kind" => null,
        "sources" => sourcesField,
        "from" => fromField,
        "to" => toField,
        "source" => citationSourceField,
        _ => field,
    };

    private static (string Name, List<string> Indexes) SplitIndexes(string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return (part, []);
        }

        var indexes = part[open..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries).ToList();
        return (part[..open], indexes);
    }
}
