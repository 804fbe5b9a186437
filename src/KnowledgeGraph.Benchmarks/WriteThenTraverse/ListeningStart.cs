namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// A start where the first traversal was sent the moment <c>/healthz</c> answered: seconds from starting the process to
/// listening and to ready, and how long that traversal took.
/// </summary>
public sealed record ListeningStart(double ListeningSeconds, double ReadySeconds, double FirstTraversalMs);
