using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// One forward step of the schema: applied once, in its own transaction, to a file at <see cref="Version"/> − 1.
/// <see cref="Code"/>, when given, runs after <see cref="Sql"/> in the same transaction, for data a statement alone
/// cannot convert; a step may be <see cref="Code"/> alone, with an empty <see cref="Sql"/>.
/// </summary>
public sealed record SchemaMigration(
    int Version, string Description, string Sql, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>? Code = null);
