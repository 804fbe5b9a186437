namespace KnowledgeGraph.Seeding;

/// <summary>A record holding a <see cref="SeedStatement"/>: an entity key or a relationship key, exactly one of them.</summary>
public sealed record SeedStatementHold(string? EntityKey, string? RelationshipKey);
