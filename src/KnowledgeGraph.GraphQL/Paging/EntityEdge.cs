using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Paging;

public sealed record EntityEdge(string Cursor, Entity Node);
