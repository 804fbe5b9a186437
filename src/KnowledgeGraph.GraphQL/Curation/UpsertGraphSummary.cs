namespace KnowledgeGraph.GraphQL.Curation;

/// <summary>What <c>upsertGraph</c> did, list by list, and the graph version after it.</summary>
public sealed record UpsertGraphSummary(long GraphVersion, bool Changed, UpsertCounts Sources, UpsertCounts Entities, UpsertCounts Relationships);
