using KnowledgeGraph.Domain.History;

namespace KnowledgeGraph.GraphQL.History;

public sealed record ChangeEdge(string Cursor, ChangeRecord Node);
