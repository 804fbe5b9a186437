namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A Cypher VECTOR: its coordinate type (e.g. <c>FLOAT32</c>, <c>INT8</c>) and coordinates.</summary>
public sealed record Neo4jVector(string CoordinatesType, IReadOnlyList<double> Coordinates);
