using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal;

/// <summary>
/// One step of a path. <see cref="Forward"/> is true when the step follows the relationship from its start to its
/// end, false when the path walks it backwards.
/// </summary>
public sealed record PathHop(Relationship Relationship, bool Forward);
