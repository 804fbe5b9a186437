namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>A Cypher ZONED DATETIME that names its time zone (e.g. <c>Europe/Paris</c>) besides the offset in force.</summary>
public sealed record Neo4jZonedDateTime(DateTimeOffset Value, string ZoneId);
