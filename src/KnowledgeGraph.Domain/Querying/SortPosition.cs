using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Where an entity stands in a sorted result: its value of each sort field, as stores compare them (text as its
/// <see cref="Collation.Key"/>, the key as it is, numbers as numbers, null when the entity lacks the field), then its key.
/// </summary>
public sealed record SortPosition(IReadOnlyList<PropertyValue?> Values, string Key);
