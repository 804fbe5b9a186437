using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal;

/// <summary>Entities and the relationships among them; <see cref="Truncated"/> says a cap cut the result short.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships, bool Truncated);
