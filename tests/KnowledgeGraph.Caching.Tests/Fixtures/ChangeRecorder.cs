using System.Collections.Concurrent;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>Records the graph versions a change feed announces.</summary>
public sealed class ChangeRecorder : IObserver<GraphVersionAdvanced>
{
    private readonly ConcurrentQueue<long> _versions = new();

    public IReadOnlyCollection<long> Versions => [.. _versions];

    public void OnNext(GraphVersionAdvanced value) => _versions.Enqueue(value.Version);

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }
}
