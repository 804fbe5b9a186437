using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>
/// Every statement SQLite runs on the connections it is attached to (through <c>sqlite3_trace</c>), so that a test can
/// count what a request costs the store rather than time it.
/// </summary>
public sealed class SqliteStatementLog
{
    private readonly ConcurrentQueue<string> _statements = new();

    public void Attach(SqliteConnection connection) => raw.sqlite3_trace(connection.Handle, (_, statement) => _statements.Enqueue(statement), null);

    /// <summary>The statements that read the entities table (pragmas and transaction control left out).</summary>
    public IReadOnlyList<string> EntityReads => _statements.Where(s => s.Contains("FROM entities", StringComparison.Ordinal)).ToList();

    public void Clear() => _statements.Clear();
}
