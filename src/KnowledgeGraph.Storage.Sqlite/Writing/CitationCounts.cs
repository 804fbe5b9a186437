using System.Runtime.InteropServices;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The changes to <see cref="RelationshipCitationsTable"/> a part of a change set makes, gathered in memory as the
/// relationships are written and applied in one go (<see cref="Apply"/>) before the part's sources are deleted: a
/// bulk import pays one dictionary update per citation instead of a B-tree write, and each cited source's row is
/// written once per part.
/// </summary>
internal sealed class CitationCounts : IDisposable
{
    private const string AddSql =
        $"INSERT INTO {RelationshipCitationsTable.Name} ({RelationshipCitationsTable.SourceKey}, {RelationshipCitationsTable.Relationships}) " +
        $"VALUES ($key, $delta) ON CONFLICT ({RelationshipCitationsTable.SourceKey}) DO UPDATE SET " +
        $"{RelationshipCitationsTable.Relationships} = {RelationshipCitationsTable.Relationships} + excluded.{RelationshipCitationsTable.Relationships}";

    // A row goes when its count reaches zero; the table's CHECK refuses a count of zero or less, so an update that
    // would leave one (a count that drifted from the rows) fails loudly instead of going unnoticed.
    private const string RemoveLastSql =
        $"DELETE FROM {RelationshipCitationsTable.Name} WHERE {RelationshipCitationsTable.SourceKey} = $key AND {RelationshipCitationsTable.Relationships} = -$delta";

    private const string SubtractSql =
        $"UPDATE {RelationshipCitationsTable.Name} SET {RelationshipCitationsTable.Relationships} = {RelationshipCitationsTable.Relationships} + $delta " +
        $"WHERE {RelationshipCitationsTable.SourceKey} = $key";

    private readonly Dictionary<string, long> _deltas = new(StringComparer.Ordinal);
    private readonly SqliteCommand _add;
    private readonly SqliteCommand _removeLast;
    private readonly SqliteCommand _subtract;

    public CitationCounts(SqliteConnection connection, SqliteTransaction transaction)
    {
        _add = Prepare(connection, transaction, AddSql);
        _removeLast = Prepare(connection, transaction, RemoveLastSql);
        _subtract = Prepare(connection, transaction, SubtractSql);
    }

    /// <summary>A relationship now cites <paramref name="sourceKeys"/> (each once: the writer refuses a repeated key).</summary>
    public void Cite(IReadOnlyList<string> sourceKeys) => Change(sourceKeys, +1);

    /// <summary>A relationship no longer cites <paramref name="sourceKeys"/>: it was deleted, or rewritten to cite others.</summary>
    public void Uncite(IReadOnlyList<string> sourceKeys) => Change(sourceKeys, -1);

    /// <summary>Writes the gathered changes, in key order, and starts gathering afresh.</summary>
    public void Apply()
    {
        foreach (var (key, delta) in _deltas.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (delta > 0)
            {
                Run(_add, key, delta);
            }
            else if (delta < 0 && Run(_removeLast, key, delta) == 0 && Run(_subtract, key, delta) == 0)
            {
                throw new InvalidOperationException($"Source '{key}' has no citation count to lower by {-delta}.");
            }
        }

        _deltas.Clear();
    }

    public void Dispose()
    {
        _add.Dispose();
        _removeLast.Dispose();
        _subtract.Dispose();
    }

    private void Change(IReadOnlyList<string> sourceKeys, int by)
    {
        foreach (var key in sourceKeys)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_deltas, key, out _) += by;
        }
    }

    private static int Run(SqliteCommand command, string key, long delta)
    {
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = delta;
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        command.Parameters.Add(new SqliteParameter { ParameterName = "$delta" });
        return command;
    }
}
