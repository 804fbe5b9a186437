using System.Data.Common;
using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Sqlite.History;
using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>
/// The columns that make a <see cref="ChangeRecord"/> — a <c>change_log</c> row joined with its change set's row
/// (<see cref="Join"/>) — and how its time is stored (UTC, ISO 8601 round-trip text). A compact creation reads its
/// created state from the subject's next change here; one nothing changed since is completed by
/// <see cref="CreatedStates.CompleteAsync"/> from the current row.
/// </summary>
public static class ChangeLogRows
{
    public static string Columns(string alias) =>
        $"{alias}.{ChangeLogTable.Sequence}, {alias}.{ChangeLogTable.SubjectKind}, {alias}.{ChangeLogTable.SubjectKey}, " +
        $"{alias}.{ChangeLogTable.EntityKind}, {alias}.{ChangeLogTable.Operation}, {SetAlias(alias)}.{ChangeSetsTable.Author}, " +
        $"{SetAlias(alias)}.{ChangeSetsTable.Comment}, {SetAlias(alias)}.{ChangeSetsTable.At}, {alias}.{ChangeLogTable.GraphVersion}, " +
        $"{alias}.{ChangeLogTable.Version}, {alias}.{ChangeLogTable.ChangedFields}, {alias}.{ChangeLogTable.Before}, {CreatedStates.AfterColumn(alias)}";

    /// <summary>The join that brings who, why and when to the change rows of <paramref name="alias"/>.</summary>
    public static string Join(string alias) =>
        $"JOIN {ChangeSetsTable.Name} {SetAlias(alias)} ON {SetAlias(alias)}.{ChangeSetsTable.GraphVersion} = {alias}.{ChangeLogTable.GraphVersion}";

    public static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static ChangeRecord Read(DbDataReader reader)
    {
        var subjectKind = Enum.Parse<ChangeSubjectKind>(reader.GetString(1));
        var before = ChangeSnapshotJson.Read(subjectKind, reader.IsDBNull(11) ? null : reader.GetString(11));
        var after = ChangeSnapshotJson.Read(subjectKind, reader.IsDBNull(12) ? null : reader.GetString(12));
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

            // A creation stores no field list: it is every field the created state holds.
            ChangedFields = reader.IsDBNull(10) ? FieldDiff.Between(before, after) : PropertyJson.ReadStrings(reader.GetString(10)),
            Before = before,
            After = after,
        };
    }

    private static string SetAlias(string alias) => alias + "_set";
}
