using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Caching.Metrics;

/// <summary>
/// The caching instruments on meter <see cref="MeterName"/>: hits, misses, bypasses (cache not trustworthy, e.g.
/// Redis down), invalidations (the known graph version moved on) and the duration of cached operations.
/// </summary>
public sealed class GraphCacheMetrics : IDisposable
{
    public const string MeterName = "KnowledgeGraph.Caching";

    public const string HitsName = "knowledgegraph.cache.hits";
    public const string MissesName = "knowledgegraph.cache.misses";
    public const string BypassesName = "knowledgegraph.cache.bypasses";
    public const string InvalidationsName = "knowledgegraph.cache.invalidations";
    public const string DurationName = "knowledgegraph.traversal.duration";

    private readonly bool _ownsMeter;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _bypasses;
    private readonly Counter<long> _invalidations;
    private readonly Histogram<double> _duration;

    public GraphCacheMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _hits = Meter.CreateCounter<long>(HitsName, "{entry}", "Answers served from the cache.");
        _misses = Meter.CreateCounter<long>(MissesName, "{entry}", "Answers computed by the store and then cached.");
        _bypasses = Meter.CreateCounter<long>(BypassesName, "{request}", "Answers computed by the store without the cache because it could not be trusted (Redis or its subscription down).");
        _invalidations = Meter.CreateCounter<long>(InvalidationsName, "{event}", "Times this instance learned a newer graph version, retiring every older entry.");
        _duration = Meter.CreateHistogram<double>(DurationName, "s", "Duration of traversals and relationship reads through the cache.");
    }

    /// <summary>The meter the instruments belong to (one per service provider).</summary>
    public Meter Meter { get; }

    public void Hit(string operation, long count = 1) => _hits.Add(count, new KeyValuePair<string, object?>("operation", operation));

    public void Miss(string operation, long count = 1) => _misses.Add(count, new KeyValuePair<string, object?>("operation", operation));

    public void Bypass(string operation) => _bypasses.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <param name="cause">What told this instance: <c>write</c>, <c>pubsub</c>, <c>resync</c> or <c>external</c> (a memory-only instance's version check).</param>
    public void Invalidation(string cause) => _invalidations.Add(1, new KeyValuePair<string, object?>("cause", cause));

    public void Duration(string operation, bool cached, long startTimestamp) => _duration.Record(
        Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds,
        new KeyValuePair<string, object?>("operation", operation),
        new KeyValuePair<string, object?>("cached", cached));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }
}
