using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>An edge of a relationship connection: a relationship seen from its anchor, with its cursor.</summary>
public sealed record RelationshipEdge(string Cursor, RelationshipHit Hit);
