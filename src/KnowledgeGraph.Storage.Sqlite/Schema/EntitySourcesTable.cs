namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>Which sources an entity cites; keeps cited sources from being deleted.</summary>
public static class EntitySourcesTable
{
    public const string Name = "entity_sources";
    public const string EntityKey = "entity_key";
    public const string SourceKey = "source_key";
}
