using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The stored per-source citation counts of relationships, and the same counted afresh from the relationships' own
/// source keys, for tests that hold the one to the other.
/// </summary>
public static class RelationshipCitationCounts
{
    /// <summary>(source, relationships) rows of <see cref="RelationshipCitationsTable"/>, by source key.</summary>
    public static Task<List<(string Source, long Relationships)>> StoredAsync(SqliteConnection connection) => ReadAsync(connection,
        $"SELECT {RelationshipCitationsTable.SourceKey}, {RelationshipCitationsTable.Relationships} " +
        $"FROM {RelationshipCitationsTable.Name} ORDER BY 1");

    /// <summary>For every cited source, how many relationships name it in their source keys, by source key.</summary>
    public static Task<List<(string Source, long Relationships)>> RecountAsync(SqliteConnection connection) => ReadAsync(connection,
        $"SELECT j.value, COUNT(DISTINCT r.{RelationshipsTable.Key}) FROM {RelationshipsTable.Name} r, json_each(r.{RelationshipsTable.SourceKeys}) j " +
        "GROUP BY j.value ORDER BY 1");

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
