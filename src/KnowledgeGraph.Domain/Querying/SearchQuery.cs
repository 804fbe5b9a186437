using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Free-text search over names, aliases and descriptions. <see cref="Text"/> is what a person typed: stores
/// treat it as words to find (each word a prefix), never as query syntax.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlySet<EntityKind>? Kinds = null, int Limit = 20);
