using KnowledgeGraph.Domain.Ports;

namespace KnowledgeGraph.Benchmarks.Measuring;

/// <summary>A kind of traversal request; <see cref="Run"/> issues the i-th request of the scenario and returns a result size.</summary>
public sealed record Scenario(string Name, Func<IGraphTraversal, int, Task<int>> Run);
