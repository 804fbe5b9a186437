namespace KnowledgeGraph.GraphQL.Curation;

/// <summary>How many records of one list an upsert created, changed, or found already as given.</summary>
public sealed record UpsertCounts(int Created, int Updated, int Unchanged);
