using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>
/// Converts change records to <c>(:Change)</c> property maps and back; absent values are left out, as Neo4j stores no
/// nulls. A creation is stored without its state and field list, which are read back from elsewhere
/// (<see cref="Neo4jGraphStore"/>'s created states), so an import does not store the graph a second time.
/// </summary>
public static class ChangeMapper
{
    public static Dictionary<string, object?> ToProperties(ChangeRecord change)
    {
        var created = change.Operation == ChangeOperation.Created;
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["sequence"] = change.Sequence,
            ["subjectKind"] = change.SubjectKind.ToString(),
            ["subjectKey"] = change.SubjectKey,
            ["operation"] = change.Operation.ToString(),
            ["at"] = change.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["graphVersion"] = change.GraphVersion,
        };
        Add(properties, "changedFields", created ? null : change.ChangedFields.ToList());
        Add(properties, "entityKind", change.EntityKind?.ToString());
        Add(properties, "author", change.Author);
        Add(properties, "comment", change.Comment);
        Add(properties, "version", change.Version);
        Add(properties, "before", ChangeSnapshotJson.Write(change.Before));
        Add(properties, "after", created ? null : ChangeSnapshotJson.Write(change.After));
        return properties;
    }

    public static ChangeRecord FromNode(Neo4jNode node)
    {
        var subjectKind = Enum.Parse<ChangeSubjectKind>((string)node["subjectKind"]!);
        return new ChangeRecord
        {
            Sequence = (long)node["sequence"]!,
            SubjectKind = subjectKind,
            SubjectKey = (string)node["subjectKey"]!,
            EntityKind = node["entityKind"] is string kind ? Enum.Parse<EntityKind>(kind) : null,
            Operation = Enum.Parse<ChangeOperation>((string)node["operation"]!),
            Author = node["author"] as string,
            Comment = node["comment"] as string,
            At = new DateTimeOffset(DateTime.Parse((string)node["at"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
            GraphVersion = (long)node["graphVersion"]!,
            Version = node["version"] as long?,
            ChangedFields = EntityMapper.Strings(node["changedFields"]),
            Before = ChangeSnapshotJson.Read(subjectKind, node["before"] as string),
            After = ChangeSnapshotJson.Read(subjectKind, node["after"] as string),
        };
    }

    private static void Add(Dictionary<string, object?> properties, string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }
}
