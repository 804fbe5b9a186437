namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A Cypher ZONED TIME: a time of day with its UTC offset.</summary>
public sealed record Neo4jTime(TimeOnly Time, TimeSpan Offset);
