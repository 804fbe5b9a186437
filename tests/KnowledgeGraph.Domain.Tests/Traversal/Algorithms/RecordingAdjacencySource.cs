using KnowledgeGraph.Domain.Traversal.Algorithms;

namespace KnowledgeGraph.Domain.Tests.Traversal.Algorithms;

/// <summary>Wraps an adjacency source and records every batch of keys asked for.</summary>
internal sealed class RecordingAdjacencySource(IAdjacencySource inner) : IAdjacencySource
{
    public List<IReadOnlyList<string>> Calls { get; } = [];

    public IEnumerable<string> KeysAsked => Calls.SelectMany(c => c);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<AdjacentEdge>>> GetAdjacentAsync(
        IReadOnlyCollection<string> keys, AdjacencyFilter filter, int maxPerKey, CancellationToken cancellationToken)
    {
        Calls.Add([.. keys]);
        return inner.GetAdjacentAsync(keys, filter, maxPerKey, cancellationToken);
    }
}
