namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// One kind of hostile traffic: <see cref="Count"/> requests, the i-th produced and sent by <see cref="SendAsync"/>,
/// which says how it ended (status and error code, <c>client timeout</c>, …).
/// </summary>
public sealed record HostileClass(string Name, string Attack, int Count, Func<int, CancellationToken, Task<string>> SendAsync)
{
    /// <summary>Runs once the class is measured (for example closes the sockets a flood left open) and says what it found.</summary>
    public Func<Task<string>>? FinishAsync { get; init; }
}
