using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Sets the collation-key columns of every entity from its text: for entities written before the columns existed
/// (schema step 4) and again whenever the keys' spelling changes (<see cref="Collation.KeyEncoding"/>, step 8).
/// Reads a batch of rows at a time, so memory does not grow with the graph.
/// </summary>
public static class SortKeyBackfill
{
    private const int BatchSize = 2_000;

    public static async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT id, name, description, properties FROM entities WHERE id > $after ORDER BY id LIMIT $limit";
        var after = read.Parameters.Add("$after", SqliteType.Integer);
        read.Parameters.AddWithValue("$limit", BatchSize);

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE entities SET name_sort = $name, description_sort = $description, properties_sort = $properties WHERE id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        var name = update.Parameters.Add("$name", SqliteType.Text);
        var description = update.Parameters.Add("$description", SqliteType.Text);
        var properties = update.Parameters.Add("$properties", SqliteType.Text);

        var rows = new List<(long Id, string Name, string? Description, string Properties)>(BatchSize);
        after.Value = 0L;
        do
        {
            rows.Clear();
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
                }
            }

            foreach (var row in rows)
            {
                id.Value = row.Id;
                name.Value = Collation.Key(row.Name);
                description.Value = (object?)Collation.KeyOrNull(row.Description) ?? DBNull.Value;
                properties.Value = PropertyJson.WriteSortKeys(PropertyJson.Read(row.Properties));
                await update.ExecuteNonQueryAsync(cancellationToken);
                after.Value = row.Id;
            }
        }
        while (rows.Count == BatchSize);
    }
}
