using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The stored counts of relationships, per cited source and per type, and the same counted afresh from the
/// relationships' own rows, for tests that hold the one to the other.
/// </summary>
public static class RelationshipCounts
{
    /// <summary>Types a relationship between two companies may have: one key can move between them.</summary>
    public static readonly string[] BetweenCompanies = [RelationshipTypes.PartnerOf, RelationshipTypes.OwnedBy, RelationshipTypes.FundedBy];

    /// <summary>(source, relationships) rows of <see cref="RelationshipCitationsTable"/>, by source key.</summary>
    public static Task<List<(string Key, long Relationships)>> StoredCitationsAsync(SqliteConnection connection) => ReadAsync(connection,
        $"SELECT {RelationshipCitationsTable.SourceKey}, {RelationshipCitationsTable.Relationships} " +
        $"FROM {RelationshipCitationsTable.Name} ORDER BY 1");

    /// <summary>For every cited source, how many relationships name it in their source keys, by source key.</summary>
    public static Task<List<(string Key, long Relationships)>> RecountCitationsAsync(SqliteConnection connection) => ReadAsync(connection,
        $"SELECT j.value, COUNT(DISTINCT r.{RelationshipsTable.Key}) FROM {RelationshipsTable.Name} r, json_each(r.{RelationshipsTable.SourceKeys}) j " +
        "GROUP BY j.value ORDER BY 1");

    /// <summary>(type, relationships) rows of <see cref="RelationshipTypeCountsTable"/>, by type.</summary>
    public static Task<List<(string Key, long Relationships)>> StoredTypesAsync(SqliteConnection connection) => ReadAsync(connection,
        $"SELECT {RelationshipTypeCountsTable.Type}, {RelationshipTypeCountsTable.Relationships} " +
        $"FROM {RelationshipTypeCountsTable.Name} ORDER BY 1");

    /// <summary>For every type in use, how many relationships have it, by type (the statistics' query before the counts).</summary>
    public static Task<List<(string Key, long Relationships)>> RecountTypesAsync(SqliteConnection connection) => ReadAsync(connection,
        $"SELECT {RelationshipsTable.Type}, COUNT(*) FROM {RelationshipsTable.Name} GROUP BY {RelationshipsTable.Type} ORDER BY 1");

    /// <summary>The statistics' relationships per type, in the order they come, to hold against <see cref="RecountTypesAsync"/>.</summary>
    public static List<(string Key, long Relationships)> Reported(GraphStatistics statistics) =>
        statistics.RelationshipsByType.Select(t => (t.Key, (long)t.Value)).ToList();

    private static async Task<List<(string, long)>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }
}
