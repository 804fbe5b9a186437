using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The settings an import's session gives its connection, and gives back: the connection returns to the pool with the
/// values it came with, whatever they were, and temporary storage moves to files only for an import that sorts indexes.
/// </summary>
public sealed class ImportPragmasTests : IDisposable
{
    private static readonly string[] Settings = ["cache_size", "temp_store", "foreign_keys", "synchronous"];

    private readonly TemporaryDatabase _database = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Restore_gives_back_every_setting_the_connection_had(bool sortsIndexes)
    {
        await using var connection = await _database.Connections.OpenAsync();
        var before = Read(connection);

        var pragmas = ImportPragmas.Apply(connection, sortsIndexes, rollbackJournal: sortsIndexes);
        var during = Read(connection);
        pragmas.Restore();

        Assert.Equal(before, Read(connection));
        Assert.NotEqual(before["cache_size"], during["cache_size"]);
        Assert.Equal(0, during["foreign_keys"]);
    }

    [Fact]
    public async Task Only_an_import_that_sorts_indexes_keeps_temporary_storage_in_files()
    {
        await using var connection = await _database.Connections.OpenAsync();
        var before = Read(connection)["temp_store"];

        var small = ImportPragmas.Apply(connection, sortsIndexes: false, rollbackJournal: false);
        var untouched = Read(connection)["temp_store"];
        small.Restore();
        var bulk = ImportPragmas.Apply(connection, sortsIndexes: true, rollbackJournal: true);
        var files = Read(connection)["temp_store"];
        bulk.Restore();

        Assert.Equal(before, untouched);
        Assert.Equal(1, files);
        Assert.NotEqual(1, before);
    }

    public void Dispose() => _database.Dispose();

    private static Dictionary<string, long> Read(SqliteConnection connection) =>
        Settings.ToDictionary(setting => setting, setting => ConnectionPragma.Number(connection, "PRAGMA " + setting));
}
