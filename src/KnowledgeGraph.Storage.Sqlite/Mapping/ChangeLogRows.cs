using System.Data.Common;
using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.History;

namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>The columns that make a <see cref="ChangeRecord"/>, and how its time is stored (UTC, ISO 8601 round-trip text).</summary>
public static class ChangeLogRows
{
    public static string Columns(string alias) =>
        $"{alias}.sequence, {alias}.subject_kind, {alias}.subject_key, {alias}.entity_kind, {alias}.operation, {alias}.author, " +
        $"{alias}.comment, {alias}.at, {alias}.graph_version, {alias}.version, {alias}.changed_fields, {alias}.before, {alias}.after";

    public static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static ChangeRecord Read(DbDataReader reader)
    {
        var subjectKind = Enum.Parse<ChangeSubjectKind>(reader.GetString(1));
        return new ChangeRecord
        {
            Sequence = reader.GetInt64(0),
            SubjectKind = subjectKind,
            SubjectKey = reader.GetString(2),
            EntityKind = reader.IsDBNull(3) ? null : Enum.Parse<EntityKind>(reader.GetString(3)),
            Operation = Enum.Parse<ChangeOperation>(reader.GetString(4)),
            Author = reader.IsDBNull(5) ? null : reader.GetString(5),
            Comment = reader.IsDBNull(6) ? null : reader.GetString(6),
            At = new DateTimeOffset(DateTime.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
            GraphVersion = reader.GetInt64(8),
            Version = reader.IsDBNull(9) ? null : reader.GetInt64(9),
            ChangedFields = PropertyJson.ReadStrings(reader.GetString(10)),
            Before = ChangeSnapshotJson.Read(subjectKind, reader.IsDBNull(11) ? null : reader.GetString(11)),
            After = ChangeSnapshotJson.Read(subjectKind, reader.IsDBNull(12) ? null : reader.GetString(12)),
        };
    }
}
