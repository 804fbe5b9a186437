using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>Listens to one meter instance and sums counters and counts histogram records by instrument and tags.</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    public MetricsRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, 1, tags));
        _listener.Start();
    }

    /// <summary>Sum of a counter (or number of histogram records) whose tags include all of <paramref name="tags"/>.</summary>
    public long Total(string instrument, params (string Key, object Value)[] tags) =>
        _totals.Where(t => t.Key.StartsWith(instrument + "|", StringComparison.Ordinal)
                && tags.All(tag => t.Key.Contains($"|{tag.Key}={tag.Value}", StringComparison.Ordinal)))
            .Sum(t => t.Value);

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = instrument.Name + string.Concat(tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"|{t.Key}={t.Value}"));
        _totals.AddOrUpdate(key, value, (_, total) => total + value);
    }
}
