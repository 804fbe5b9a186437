using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// Creates or replaces an entity by key. <see cref="ExpectedVersion"/>, when given, must equal the stored version
/// (0 means "must not exist yet"), otherwise the whole change set fails with a concurrency conflict.
/// The entity's own <see cref="Entity.Version"/> is ignored: stores assign versions.
/// </summary>
public sealed record EntityUpsert(Entity Entity, long? ExpectedVersion = null);
