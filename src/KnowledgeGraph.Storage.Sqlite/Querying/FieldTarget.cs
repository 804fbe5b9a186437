using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// A filter or sort field resolved to SQL: <see cref="Value"/> reads the stored value (null when missing),
/// <see cref="Folded"/> its lower-cased text, <see cref="Type"/> says how it compares. <see cref="RangeColumn"/>, when set,
/// is an indexed column holding the folded text, usable for prefix ranges.
/// </summary>
public sealed record FieldTarget(string Value, string Folded, PropertyType Type, bool Nullable, string? RangeColumn = null);
