using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// A statement prepared once on the connection's own handle, bound by position and run with one step: the bulk path
/// writes a million rows through it, and the ADO.NET layer's per-execution cost (a parameter-name lookup per value,
/// boxing, a data reader, a UTF-8 copy of every string) was a good part of each row's. It runs inside the transaction
/// open on that connection, like every other statement there. SQLite keeps a bound value until it is bound again, so
/// a text or NULL that is the very value bound last time at that position (the same string instance: a type, an empty
/// citation list, an absent note) is not handed over again.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    /// <summary>Stands for a bound number in <see cref="_bound"/>: never the same instance as a text or NULL to bind.</summary>
    private static readonly object Number = new();

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly object?[] _bound;
    private readonly bool[] _isBound;

    /// <summary>
    /// Prepares <paramref name="sql"/>, whose parameters must be exactly <paramref name="parameters"/> in this order:
    /// checked here once, so that a reordered statement fails at once instead of binding values to the wrong columns.
    /// </summary>
    public PositionalStatement(SqliteConnection connection, string sql, IReadOnlyList<string> parameters)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _database);
        var count = raw.sqlite3_bind_parameter_count(_statement);
        _bound = new object?[count + 1];
        _isBound = new bool[count + 1];
        for (var i = 0; i < Math.Max(count, parameters.Count); i++)
        {
            var name = i < count ? raw.sqlite3_bind_parameter_name(_statement, i + 1).utf8_to_string() : null;
            if (i >= parameters.Count || name != parameters[i])
            {
                _statement.Dispose();
                throw new ArgumentException($"Parameter {i + 1} of the statement is '{name}', not '{(i < parameters.Count ? parameters[i] : null)}'.", nameof(parameters));
            }
        }
    }

    /// <summary>Binds the value at <paramref name="position"/> (from 1, as SQLite counts); null binds NULL.</summary>
    public void Bind(int position, string? value)
    {
        if (_isBound[position] && ReferenceEquals(_bound[position], value))
        {
            return;
        }

        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text16(_statement, position, value));
        Bound(position, value);
    }

    /// <inheritdoc cref="Bind(int, string)"/>
    public void Bind(int position, long? value)
    {
        if (value is { } number)
        {
            Check(raw.sqlite3_bind_int64(_statement, position, number));
            Bound(position, Number);
        }
        else
        {
            Bind(position, (string?)null);
        }
    }

    /// <inheritdoc cref="Bind(int, string)"/>
    public void Bind(int position, double? value)
    {
        if (value is { } number)
        {
            Check(raw.sqlite3_bind_double(_statement, position, number));
            Bound(position, Number);
        }
        else
        {
            Bind(position, (string?)null);
        }
    }

    /// <summary>Runs the statement once and makes it ready for the next row; how many rows it changed.</summary>
    public int Execute()
    {
        TryExecute();
        return raw.sqlite3_changes(_database);
    }

    /// <summary>
    /// Runs the statement once and makes it ready for the next row. Returns false when a constraint named by
    /// <paramref name="tolerated"/> (extended result codes) refused the row; any other failure throws.
    /// </summary>
    public bool TryExecute(params ReadOnlySpan<int> tolerated)
    {
        var rc = raw.sqlite3_step(_statement);
        var extended = rc == raw.SQLITE_DONE ? rc : raw.sqlite3_extended_errcode(_database);
        raw.sqlite3_reset(_statement);
        if (rc == raw.SQLITE_DONE)
        {
            return true;
        }

        if (tolerated.Contains(extended))
        {
            return false;
        }

        // The message is still the step's: reset does not replace it.
        SqliteException.ThrowExceptionForRC(rc, _database);
        throw new InvalidOperationException($"SQLite step returned {rc}.");
    }

    public void Dispose() => _statement.Dispose();

    private void Bound(int position, object? value)
    {
        _bound[position] = value;
        _isBound[position] = true;
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _database);
}
