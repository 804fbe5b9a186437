using KnowledgeGraph.Benchmarks.Measuring;

namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// The latencies of one run's rounds: traversals without writes (the run's baseline), each <c>createCompany</c>, and
/// the traversal sent right after each write.
/// </summary>
public sealed record WriteRounds(int Rounds, LatencyRecorder Alone, LatencyRecorder Writes, LatencyRecorder AfterWrite);
