using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Measuring;

/// <summary>Collects request latencies and reports percentiles (nearest rank) in milliseconds.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await action().ConfigureAwait(false);
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public double Percentile(double percentile)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
