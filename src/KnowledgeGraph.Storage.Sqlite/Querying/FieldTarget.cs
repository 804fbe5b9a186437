using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// A filter or sort field resolved to SQL: <see cref="Value"/> reads the stored value (null when missing),
/// <see cref="Folded"/> its lower-cased text, <see cref="Type"/> says how it compares. <see cref="RangeColumn"/>, when set,
/// is an indexed column holding the folded text, usable for prefix ranges. <see cref="Sort"/> reads what sorting
/// compares: the collation key of text (the key itself for <c>key</c>), the value of numbers.
/// </summary>
public sealed record FieldTarget(string Value, string Folded, PropertyType Type, bool Nullable, string? RangeColumn = null, string? SortKey = null)
{
    public string Sort => SortKey ?? Value;
}
