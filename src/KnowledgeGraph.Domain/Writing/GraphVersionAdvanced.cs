namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// The graph version known to this instance moved on to <paramref name="Version"/>: a write committed here or on
/// another instance. It says nothing about which records changed; versions may be skipped when several writes are
/// learned at once.
/// </summary>
public sealed record GraphVersionAdvanced(long Version);
