namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>One generated request: a document (and operation name) for POST or GET, or the bytes of a raw body.</summary>
public sealed record FuzzCase(FuzzShape Shape, FuzzTransport Transport, string? Query, string? OperationName, byte[]? Body);
