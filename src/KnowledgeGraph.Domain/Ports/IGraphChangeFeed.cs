using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// Announces every advance of the graph version this instance learns of (its own writes and, when instances share a
/// version channel, the others'). Observers are called on the thread that learned the version and must not block.
/// </summary>
public interface IGraphChangeFeed
{
    IObservable<GraphVersionAdvanced> Changes { get; }
}
