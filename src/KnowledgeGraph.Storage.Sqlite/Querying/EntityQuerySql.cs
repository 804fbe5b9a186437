namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>An entity query translated to SQL over <c>entities e</c>: the WHERE condition, the ORDER BY list and their parameters.</summary>
public sealed record EntityQuerySql(string Where, string OrderBy, SqlParameters Parameters);
