namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>A p50 and a p99 in milliseconds.</summary>
public readonly record struct Percentiles(double P50, double P99);
