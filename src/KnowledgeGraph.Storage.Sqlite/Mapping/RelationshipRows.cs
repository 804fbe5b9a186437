using System.Data.Common;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common;

namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>The columns that make a <see cref="Relationship"/>, and how to read them from a row.</summary>
public static class RelationshipRows
{
    /// <summary>How many columns <see cref="Columns"/> selects.</summary>
    public const int ColumnCount = 13;

    /// <summary>The relationship columns, qualified with <paramref name="alias"/>, in the order <see cref="Read"/> expects.</summary>
    public static string Columns(string alias) =>
        $"{alias}.key, {alias}.type, {alias}.from_key, {alias}.to_key, {alias}.role, {alias}.since_year, {alias}.until_year, " +
        $"{alias}.amount, {alias}.currency, {alias}.note, {alias}.confidence, {alias}.source_keys, {alias}.citations";

    /// <summary>Reads a relationship from the <see cref="ColumnCount"/> columns starting at <paramref name="offset"/>.</summary>
    public static Relationship Read(DbDataReader reader, int offset = 0) => new()
    {
        Key = reader.GetString(offset),
        Type = reader.GetString(offset + 1),
        FromKey = reader.GetString(offset + 2),
        ToKey = reader.GetString(offset + 3),
        Role = reader.IsDBNull(offset + 4) ? null : reader.GetString(offset + 4),
        SinceYear = reader.IsDBNull(offset + 5) ? null : reader.GetInt32(offset + 5),
        UntilYear = reader.IsDBNull(offset + 6) ? null : reader.GetInt32(offset + 6),
        Amount = reader.IsDBNull(offset + 7) ? null : reader.GetDouble(offset + 7),
        Currency = reader.IsDBNull(offset + 8) ? null : reader.GetString(offset + 8),
        Note = reader.IsDBNull(offset + 9) ? null : reader.GetString(offset + 9),
        Confidence = Enum.Parse<Confidence>(reader.GetString(offset + 10)),
        SourceKeys = PropertyJson.ReadStrings(reader.GetString(offset + 11)),
        Citations = CitationJson.Read(reader.GetString(offset + 12)),
    };
}
