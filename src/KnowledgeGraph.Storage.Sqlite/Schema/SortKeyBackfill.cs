using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>Fills the collation-key columns of the entities a file held before they existed (schema step 4).</summary>
public static class SortKeyBackfill
{
    public static async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, string Name, string? Description, string Properties)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT id, name, description, properties FROM entities";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE entities SET name_sort = $name, description_sort = $description, properties_sort = $properties WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var name = update.Parameters.Add("$name", SqliteType.Text);
        var description = update.Parameters.Add("$description", SqliteType.Text);
        var properties = update.Parameters.Add("$properties", SqliteType.Text);
        foreach (var row in rows)
        {
            id.Value = row.Id;
            name.Value = Collation.Key(row.Name);
            description.Value = (object?)Collation.KeyOrNull(row.Description) ?? DBNull.Value;
            properties.Value = PropertyJson.WriteSortKeys(PropertyJson.Read(row.Properties));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
