namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>One forward step of the schema: applied once, in its own transaction, to a file at <see cref="Version"/> − 1.</summary>
public sealed record SchemaMigration(int Version, string Description, string Sql);
