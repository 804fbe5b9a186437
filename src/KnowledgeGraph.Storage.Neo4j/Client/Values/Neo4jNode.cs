namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A node as returned by the Query API; property values are already decoded to .NET values.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string property] => Properties.GetValueOrDefault(property);
}
