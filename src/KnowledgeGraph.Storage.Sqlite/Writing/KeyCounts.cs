using System.Runtime.InteropServices;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The changes a part of a change set makes to a table of counts per key (relationships per cited source,
/// <see cref="RelationshipCitationsTable"/>; relationships per type, <see cref="RelationshipTypeCountsTable"/>),
/// gathered in memory as the relationships are written and applied in one go (<see cref="Apply"/>) in the same
/// transaction: a bulk import pays one dictionary update per counted key instead of a B-tree write, and each key's row
/// is written once per part.
/// </summary>
internal sealed class KeyCounts : IDisposable
{
    private readonly Dictionary<string, long> _deltas = new(StringComparer.Ordinal);
    private readonly string _table;
    private readonly SqliteCommand _add;
    private readonly SqliteCommand _removeLast;
    private readonly SqliteCommand _subtract;

    /// <param name="table">The counts table: <paramref name="key"/> its primary key, <paramref name="count"/> a column that must stay &gt; 0.</param>
    public KeyCounts(SqliteConnection connection, SqliteTransaction transaction, string table, string key, string count)
    {
        _table = table;
        _add = Prepare(connection, transaction,
            $"INSERT INTO {table} ({key}, {count}) VALUES ($key, $delta) " +
            $"ON CONFLICT ({key}) DO UPDATE SET {count} = {count} + excluded.{count}");

        // A row goes when its count reaches zero; the table's CHECK refuses a count of zero or less, so an update that
        // would leave one (a count that drifted from the rows) fails loudly instead of going unnoticed.
        _removeLast = Prepare(connection, transaction, $"DELETE FROM {table} WHERE {key} = $key AND {count} = -$delta");
        _subtract = Prepare(connection, transaction, $"UPDATE {table} SET {count} = {count} + $delta WHERE {key} = $key");
    }

    /// <summary>One more row counts under <paramref name="key"/>.</summary>
    public void Add(string key) => Change(key, +1);

    /// <summary>One more row counts under each of <paramref name="keys"/> (each once: the writer refuses a repeated key).</summary>
    public void Add(IReadOnlyList<string> keys) => Change(keys, +1);

    /// <summary>One row fewer counts under <paramref name="key"/>: it was deleted, or rewritten to count under another.</summary>
    public void Remove(string key) => Change(key, -1);

    /// <summary>One row fewer counts under each of <paramref name="keys"/>.</summary>
    public void Remove(IReadOnlyList<string> keys) => Change(keys, -1);

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
                throw new InvalidOperationException($"'{key}' has no count in {_table} to lower by {-delta}.");
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

    private void Change(IReadOnlyList<string> keys, int by)
    {
        foreach (var key in keys)
        {
            Change(key, by);
        }
    }

    private void Change(string key, int by) => CollectionsMarshal.GetValueRefOrAddDefault(_deltas, key, out _) += by;

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
