using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>Runs a statement outside any transaction (a <c>PRAGMA</c>, or a scalar look before one opens) and returns its value.</summary>
internal static class ConnectionPragma
{
    public static long Number(SqliteConnection connection, string sql) => Run(connection, sql) is long value ? value : 0;

    public static string? Text(SqliteConnection connection, string sql) => Run(connection, sql) as string;

    private static object? Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
