namespace KnowledgeGraph.Seeding;

/// <summary>A record read from a seed file, with where it came from.</summary>
public sealed record SeedRecord<T>(T Value, SeedOrigin Origin);
