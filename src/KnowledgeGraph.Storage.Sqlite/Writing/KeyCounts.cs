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
    private static readonly string[] KeyThenDelta = ["$key", "$delta"];

    private readonly Dictionary<string, long> _deltas = new(StringComparer.Ordinal);
    private readonly string _table;
    private readonly PositionalStatement _add;
    private readonly PositionalStatement _removeLast;
    private readonly PositionalStatement _subtract;

    /// <param name="connection">Open, with the write's transaction begun on it: the statements run in that transaction.</param>
    /// <param name="table">The counts table: <paramref name="key"/> its primary key, <paramref name="count"/> a column that must stay &gt; 0.</param>
    public KeyCounts(SqliteConnection connection, string table, string key, string count)
    {
        _table = table;
        _add = new PositionalStatement(connection,
            $"INSERT INTO {table} ({key}, {count}) VALUES ($key, $delta) " +
            $"ON CONFLICT ({key}) DO UPDATE SET {count} = {count} + excluded.{count}",
            KeyThenDelta);

        // A row goes when its count reaches zero; the table's CHECK refuses a count of zero or less, so an update that
        // would leave one (a count that drifted from the rows) fails loudly instead of going unnoticed.
        _removeLast = new PositionalStatement(connection, $"DELETE FROM {table} WHERE {key} = $key AND {count} = -$delta", KeyThenDelta);
        _subtract = new PositionalStatement(connection, $"UPDATE {table} SET {count} = {count} + $delta WHERE {key} = $key", ["$delta", "$key"]);
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
                Run(_add, (1, key), (2, delta));
            }
            else if (delta < 0 && Run(_removeLast, (1, key), (2, delta)) == 0 && Run(_subtract, (2, key), (1, delta)) == 0)
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

    private static int Run(PositionalStatement statement, (int At, string Value) key, (int At, long Value) delta)
    {
        statement.Bind(key.At, key.Value);
        statement.Bind(delta.At, delta.Value);
        return statement.Execute();
    }
}
