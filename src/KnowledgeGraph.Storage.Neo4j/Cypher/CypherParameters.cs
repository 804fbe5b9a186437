namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Collects the parameters of a statement being built and hands out their placeholders (<c>$p0</c>, <c>$p1</c>…).</summary>
public sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Adds an anonymous parameter and returns its placeholder.</summary>
    public string Add(object? value)
    {
        var name = $"p{_values.Count}";
        _values[name] = value;
        return "$" + name;
    }

    /// <summary>Sets a named parameter and returns its placeholder.</summary>
    public string Set(string name, object? value)
    {
        _values[name] = value;
        return "$" + name;
    }
}
