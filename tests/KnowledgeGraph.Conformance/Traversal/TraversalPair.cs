using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Conformance.Traversal;

/// <summary>A store and the traversal reading the same graph, as created for one conformance test.</summary>
public sealed record TraversalPair(IGraphStore Store, IGraphTraversal Traversal);
