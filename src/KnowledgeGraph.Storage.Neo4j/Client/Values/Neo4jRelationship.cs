namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A relationship as returned by the Query API; its direction is given by the start and end element ids.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string property] => Properties.GetValueOrDefault(property);
}
