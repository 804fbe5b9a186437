namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>What a delete mutation reports: the id (or key) of the record that is gone, and how many relationships went with it.</summary>
public sealed record DeletedRecord(string Id, int RelationshipsDeleted = 0);
