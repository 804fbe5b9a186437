namespace KnowledgeGraph.Seeding;

/// <summary>What <see cref="SeedWriter"/> wrote: the number of records of each section.</summary>
public sealed record SeedWriteResult(int SourceCount, int EntityCount, int RelationshipCount);
