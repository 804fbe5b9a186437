using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>Collects the values of a statement under generated names (<c>@p0</c>, <c>@p1</c>…) so SQL text never holds input.</summary>
public sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public IReadOnlyList<KeyValuePair<string, object>> Values => _values;

    /// <summary>Adds a value and returns the parameter name to write into the SQL text.</summary>
    public string Add(object? value)
    {
        var name = "@p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    public void ApplyTo(SqliteCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
