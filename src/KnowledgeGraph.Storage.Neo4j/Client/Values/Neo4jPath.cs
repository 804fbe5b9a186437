namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>
/// A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Relationships[i]</c>. A relationship may point
/// either way; compare its start element id with the node before it to know.
/// </summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);
