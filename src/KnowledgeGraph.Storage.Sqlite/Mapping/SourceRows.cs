using System.Data.Common;
using System.Globalization;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>The columns that make a <see cref="Source"/>, and how dates are stored (ISO yyyy-MM-dd text).</summary>
public static class SourceRows
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string Columns(string alias) =>
        $"{alias}.key, {alias}.title, {alias}.publisher, {alias}.url, {alias}.published_on, {alias}.accessed_on";

    public static Source Read(DbDataReader reader, int offset = 0) => new()
    {
        Key = reader.GetString(offset),
        Title = reader.GetString(offset + 1),
        Publisher = reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
        Url = reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
        PublishedOn = ReadDate(reader, offset + 4),
        AccessedOn = ReadDate(reader, offset + 5),
    };

    public static object FormatDate(DateOnly? date) =>
        date is { } d ? d.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    private static DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);
}
