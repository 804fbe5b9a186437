using System.Collections.Concurrent;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>How many requests of a class ended each way (<c>400 LIMIT_EXCEEDED</c>, <c>200</c>, <c>client timeout</c>…).</summary>
public sealed class OutcomeTally
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string outcome) => _counts.AddOrUpdate(outcome, 1, (_, count) => count + 1);

    public int Count(string outcome) => _counts.TryGetValue(outcome, out var count) ? count : 0;

    /// <summary>Most frequent first: <c>400 LIMIT_EXCEEDED ×1990; client timeout ×10</c>.</summary>
    public override string ToString() => _counts.IsEmpty
        ? "none"
        : string.Join("; ", _counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} ×{c.Value}")));
}
