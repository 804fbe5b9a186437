using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// What one attempt at a change set did inside its transaction, and how to recognise its commit afterwards: its changes
/// are recorded from <see cref="FirstSequence"/> on, each carrying <see cref="WriteId"/> (null when it recorded none).
/// </summary>
internal sealed record AppliedChangeSet(GraphChangeResult Result, bool Wrote, string? WriteId = null, long FirstSequence = 0);
