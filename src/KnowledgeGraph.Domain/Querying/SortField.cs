namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// One sort criterion. Entities lacking the field sort last in either direction; stores always break ties by
/// key so that pages are stable.
/// </summary>
public sealed record SortField(string Field, SortDirection Direction = SortDirection.Asc);
