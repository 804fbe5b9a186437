using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The bulk path's statement bound by position: values land in the columns they are meant for, or it fails.</summary>
public sealed class PositionalStatementTests : IDisposable
{
    private const string InsertSql = "INSERT INTO t (key, label, amount) VALUES ($key, $label, $amount)";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PositionalStatementTests()
    {
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (key TEXT PRIMARY KEY, label TEXT, amount REAL, CHECK (amount >= 0))";
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Refuses_a_statement_whose_parameters_come_in_another_order()
    {
        var error = Assert.Throws<ArgumentException>(() => new PositionalStatement(_connection, InsertSql, ["$key", "$amount", "$label"]));

        Assert.Contains("'$label', not '$amount'", error.Message);
    }

    [Fact]
    public void Refuses_a_statement_with_more_parameters_than_named()
    {
        Assert.Throws<ArgumentException>(() => new PositionalStatement(_connection, InsertSql, ["$key", "$label"]));
    }

    [Fact]
    public void Writes_each_row_and_tells_a_tolerated_constraint_apart_from_any_other_failure()
    {
        using var insert = new PositionalStatement(_connection, InsertSql, ["$key", "$label", "$amount"]);

        Assert.True(Insert(insert, "a", "Ä label", 1.5));
        Assert.True(Insert(insert, "b", null, null));
        Assert.False(Insert(insert, "a", "again", 2));
        var error = Assert.Throws<SqliteException>(() => Insert(insert, "c", "negative", -1));

        Assert.Equal(275, error.SqliteExtendedErrorCode);
        Assert.Equal(["a|Ä label|1.5", "b||"], Rows());
    }

    [Fact]
    public void Each_row_gets_its_own_values_when_the_previous_row_bound_the_same_text_a_number_or_null()
    {
        using var insert = new PositionalStatement(_connection, InsertSql, ["$key", "$label", "$amount"]);
        var shared = "shared";

        Insert(insert, "a", shared, 2);
        Insert(insert, "b", shared, null);
        Insert(insert, "c", null, 3);
        Insert(insert, "d", null, null);
        Insert(insert, "e", shared, 4);

        Assert.Equal(["a|shared|2.0", "b|shared|", "c||3.0", "d||", "e|shared|4.0"], Rows());
    }

    [Fact]
    public void Tells_how_many_rows_each_run_changed()
    {
        using var upsert = new PositionalStatement(
            _connection,
            "INSERT INTO t (key, label) VALUES ($key, $label) ON CONFLICT (key) DO UPDATE SET label = excluded.label WHERE t.label IS NOT excluded.label",
            ["$key", "$label"]);

        upsert.Bind(1, "a");
        upsert.Bind(2, "first");
        var inserted = upsert.Execute();
        var unchanged = upsert.Execute();
        upsert.Bind(2, "second");
        var updated = upsert.Execute();

        Assert.Equal((1, 0, 1), (inserted, unchanged, updated));
        Assert.Equal(["a|second|"], Rows());
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>SQLITE_CONSTRAINT_PRIMARYKEY is tolerated; SQLITE_CONSTRAINT_CHECK (275) is not.</summary>
    private static bool Insert(PositionalStatement insert, string key, string? label, double? amount)
    {
        insert.Bind(1, key);
        insert.Bind(2, label);
        insert.Bind(3, amount);
        return insert.TryExecute(1555);
    }

    private List<string> Rows()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT key || '|' || COALESCE(label, '') || '|' || COALESCE(amount, '') FROM t ORDER BY key";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
