namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>Which sources a relationship cites; keeps cited sources from being deleted.</summary>
public static class RelationshipSourcesTable
{
    public const string Name = "relationship_sources";
    public const string RelationshipKey = "relationship_key";
    public const string SourceKey = "source_key";
}
