using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Common.Querying;

/// <summary>
/// One sort field resolved to a store expression that reads its sortable value. <see cref="Nullable"/> is false for
/// fields every entity has (key, name): their terms then need no null handling, which keeps them usable by an index.
/// </summary>
public sealed record SortTerm(string Expression, SortDirection Direction, bool Nullable = true);
