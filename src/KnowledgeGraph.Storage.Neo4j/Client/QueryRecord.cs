namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>One row of a result: decoded values addressed by field name.</summary>
public sealed class QueryRecord
{
    private readonly IReadOnlyDictionary<string, int> _indexByField;

    public QueryRecord(IReadOnlyDictionary<string, int> indexByField, IReadOnlyList<object?> values)
    {
        _indexByField = indexByField;
        Values = values;
    }

    public IReadOnlyList<object?> Values { get; }

    public object? this[string field] => _indexByField.TryGetValue(field, out var index)
        ? Values[index]
        : throw new KeyNotFoundException($"The result has no field '{field}'.");

    /// <summary>The value of <paramref name="field"/> as <typeparamref name="T"/>; integers widen to doubles when asked.</summary>
    public T Get<T>(string field)
    {
        var value = this[field];
        return value switch
        {
            T typed => typed,
            long integer when typeof(T) == typeof(double) || typeof(T) == typeof(double?) => (T)(object)(double)integer,
            long integer when typeof(T) == typeof(int) || typeof(T) == typeof(int?) => (T)(object)checked((int)integer),
            null when default(T) is null => default!,
            _ => throw new InvalidCastException($"Field '{field}' holds {value?.GetType().Name ?? "null"}, not {typeof(T).Name}."),
        };
    }
}
