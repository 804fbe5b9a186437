using KnowledgeGraph.Storage.Sqlite;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task OpenAsync_creates_the_folder_and_sets_wal_foreign_keys_busy_timeout_and_synchronous_normal()
    {
        await using var connection = await _database.Connections.OpenAsync();

        Assert.True(File.Exists(_database.FilePath));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous"));
    }

    [Fact]
    public async Task Pooled_connections_keep_the_pragmas_after_being_returned_and_reopened()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var connection = await _database.Connections.OpenAsync();
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
            await using var change = connection.CreateCommand();
            change.CommandText = "PRAGMA foreign_keys = OFF";
            await change.ExecuteNonQueryAsync();
        }
    }

    public void Dispose() => _database.Dispose();

    private static async Task<object?> ScalarAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
