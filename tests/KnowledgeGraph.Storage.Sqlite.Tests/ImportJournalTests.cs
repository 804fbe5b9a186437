using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The journal of a large import into an empty store: a rollback journal when nothing else has the file open (each new
/// page written once), the write-ahead log as always when a reader is there, and the file in WAL mode after either.
/// </summary>
public sealed class ImportJournalTests : IDisposable
{
    /// <summary>Byte 18 of a SQLite file header: 1 for a rollback journal, 2 for the write-ahead log.</summary>
    private const int WriteVersionOffset = 18;

    private const int Count = (int)DeferredIndexes.MinimumRecords + 10;

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Alone_a_large_import_into_an_empty_store_writes_through_a_rollback_journal_and_leaves_the_file_in_wal_mode()
    {
        var store = await _database.CreateInitializedStoreAsync();

        await using (var session = await store.BeginImportAsync(new GraphImport(null, Count + 1)))
        {
            await session.WriteAsync(Part());
            Assert.True(File.Exists(_database.FilePath + "-journal"));
            Assert.Equal(1, HeaderWriteVersion());
            await session.CommitAsync();
        }

        Assert.False(File.Exists(_database.FilePath + "-journal"));
        Assert.Equal(2, HeaderWriteVersion());
        Assert.Equal(Count, (await store.GetStatisticsAsync()).EntityCount);
    }

    [Fact]
    public async Task A_rolled_back_import_leaves_the_file_empty_and_in_wal_mode()
    {
        var store = await _database.CreateInitializedStoreAsync();

        await using (var session = await store.BeginImportAsync(new GraphImport(null, Count + 1)))
        {
            await session.WriteAsync(Part());
        }

        Assert.False(File.Exists(_database.FilePath + "-journal"));
        Assert.Equal(2, HeaderWriteVersion());
        Assert.Equal(0, (await store.GetStatisticsAsync()).EntityCount);
    }

    [Fact]
    public async Task With_a_reader_in_a_transaction_the_import_keeps_the_write_ahead_log_and_the_reader_does_not_wait()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await using var reader = await _database.Connections.OpenAsync();
        await using var snapshot = reader.BeginTransaction(deferred: true);
        Assert.Equal(0L, EntityCount(reader));

        await using (var session = await store.BeginImportAsync(new GraphImport(null, Count + 1)))
        {
            await session.WriteAsync(Part());
            Assert.False(File.Exists(_database.FilePath + "-journal"));
            Assert.Equal(0L, EntityCount(reader));
            await session.CommitAsync();
        }

        Assert.Equal(0L, EntityCount(reader));
        await snapshot.RollbackAsync();
        Assert.Equal((long)Count, EntityCount(reader));
        Assert.Equal(2, HeaderWriteVersion());
    }

    [Fact]
    public async Task A_store_opened_during_such_an_import_is_refused_as_held_by_another_write_not_as_unreadable()
    {
        var store = await _database.CreateInitializedStoreAsync();
        var impatient = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = _database.FilePath, BusyTimeoutMilliseconds = 0 }));

        await using var session = await store.BeginImportAsync(new GraphImport(null, Count + 1));
        await session.WriteAsync(Part());
        var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => impatient.GetStatisticsAsync());

        Assert.Contains("is held by another process's write", refused.Message);
        Assert.Contains(_database.FilePath, refused.Message);
    }

    public void Dispose() => _database.Dispose();

    private static GraphChangeSet Part() => new()
    {
        UpsertSources = [Source("s-1")],
        UpsertEntities = Enumerable.Range(0, Count).Select(i => new EntityUpsert(Entity($"e-{i}", EntityKind.Company, sourceKeys: ["s-1"]))).ToList(),
    };

    private static long EntityCount(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM entities";
        return (long)command.ExecuteScalar()!;
    }

    private int HeaderWriteVersion()
    {
        using var file = new FileStream(_database.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file.Position = WriteVersionOffset;
        return file.ReadByte();
    }
}
