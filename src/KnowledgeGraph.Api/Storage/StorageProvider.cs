namespace KnowledgeGraph.Api.Storage;

public enum StorageProvider
{
    Sqlite,
    Neo4j,
}
