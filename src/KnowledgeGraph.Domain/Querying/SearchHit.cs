using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>A search result; a higher <see cref="Score"/> is a better match. Scores compare only within one search.</summary>
public sealed record SearchHit(Entity Entity, double Score);
