using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Caching;

/// <summary>The store as registered before caching was added; the version trackers read the graph version from it.</summary>
internal sealed record UndecoratedGraphStore(IGraphStore Store);
