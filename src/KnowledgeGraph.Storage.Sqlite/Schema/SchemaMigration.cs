using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// One forward step of the schema: applied once, in its own transaction, to a file at <see cref="Version"/> − 1.
/// <see cref="Backfill"/>, when set, runs after <see cref="Sql"/> in the same transaction, for values only .NET can
/// compute (such as collation keys).
/// </summary>
public sealed record SchemaMigration(
    int Version, string Description, string Sql, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>? Backfill = null);
