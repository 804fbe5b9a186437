namespace KnowledgeGraph.Storage.Neo4j.Client.Values;

/// <summary>
/// A Cypher DURATION. Months, days and seconds are kept apart because a month or a day has no fixed length,
/// which is why <see cref="TimeSpan"/> cannot stand in for it.
/// </summary>
public sealed record Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds);
