using System.Data.Common;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Storage.Common;

namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>The columns that make an <see cref="Entity"/>, and how to read them from a row.</summary>
public static class EntityRows
{
    /// <summary>How many columns <see cref="Columns"/> selects.</summary>
    public const int ColumnCount = 9;

    /// <summary>The entity columns, qualified with <paramref name="alias"/>, in the order <see cref="Read"/> expects.</summary>
    public static string Columns(string alias) =>
        $"{alias}.key, {alias}.kind, {alias}.name, {alias}.aliases, {alias}.description, {alias}.properties, {alias}.source_keys, {alias}.citations, {alias}.version";

    /// <summary>Reads an entity from the <see cref="ColumnCount"/> columns starting at <paramref name="offset"/>.</summary>
    public static Entity Read(DbDataReader reader, int offset = 0) => new()
    {
        Key = reader.GetString(offset),
        Kind = Enum.Parse<EntityKind>(reader.GetString(offset + 1)),
        Name = reader.GetString(offset + 2),
        Aliases = PropertyJson.ReadStrings(reader.GetString(offset + 3)),
        Description = reader.IsDBNull(offset + 4) ? null : reader.GetString(offset + 4),
        Properties = PropertyJson.Read(reader.GetString(offset + 5)),
        SourceKeys = PropertyJson.ReadStrings(reader.GetString(offset + 6)),
        Citations = CitationJson.Read(reader.GetString(offset + 7)),
        Version = reader.GetInt64(offset + 8),
    };
}
