using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>A step of a path with the entities it goes between, in path order.</summary>
public sealed record PathHopView(Entity From, Entity To, PathHop Hop);
