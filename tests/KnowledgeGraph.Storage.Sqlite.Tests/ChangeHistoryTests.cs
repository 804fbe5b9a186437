using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>How the SQLite store keeps the change history: its clock, its table, and files from before the history existed.</summary>
public sealed class ChangeHistoryTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Changes_are_stamped_with_the_injected_clock_in_utc()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 14, 18, 30, 5, TimeSpan.FromHours(5)));
        using var store = new SqliteGraphStore(_database.Connections, timeProvider: clock);

        await store.ApplyAsync(Graph([Entity("gateway")]));

        var change = Assert.Single((await store.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway" })).Items);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 13, 30, 5, TimeSpan.Zero), change.At);
        Assert.Equal(TimeSpan.Zero, change.At.Offset);
    }

    [Fact]
    public async Task Snapshots_are_stored_as_json_objects_beside_queryable_columns_and_a_creation_stores_none()
    {
        using var store = await _database.CreateInitializedStoreAsync();
        var graph = Graph(
            [Entity("gateway", name: "Khorgos Gateway", properties: ("startYear", Int(2015))), Entity("kz", Domain.Entities.EntityKind.Region)],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]);
        await store.ApplyAsync(graph with { Author = new ChangeAuthor("aigerim", "first import") });
        await store.ApplyAsync(Graph([Entity("gateway", name: "Khorgos Gateway dry port", properties: ("startYear", Int(2016)))]) with
        {
            Author = new ChangeAuthor("aliya", "renamed"),
        });

        await using var connection = await _database.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.{ChangeLogTable.Operation}, s.{ChangeSetsTable.Author}, json_extract(c.{ChangeLogTable.After}, '$.name'),
                   json_extract(c.{ChangeLogTable.Before}, '$.properties.startYear'), c.{ChangeLogTable.ChangedFields}
            FROM {ChangeLogTable.Name} c JOIN {ChangeSetsTable.Name} s ON s.{ChangeSetsTable.GraphVersion} = c.{ChangeLogTable.GraphVersion}
            WHERE c.{ChangeLogTable.SubjectKey} = 'gateway' ORDER BY c.{ChangeLogTable.Sequence}
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Created", reader.GetString(0));
        Assert.Equal("aigerim", reader.GetString(1));
        Assert.True(reader.IsDBNull(2));
        Assert.True(reader.IsDBNull(4));
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Updated", reader.GetString(0));
        Assert.Equal("aliya", reader.GetString(1));
        Assert.Equal("Khorgos Gateway dry port", reader.GetString(2));
        Assert.Equal(2015L, reader.GetInt64(3));
        Assert.Equal("""["name","startYear"]""", reader.GetString(4));
    }

    [Fact]
    public async Task A_file_from_before_the_history_keeps_its_data_and_records_changes_from_then_on()
    {
        await using (var connection = await _database.Connections.OpenAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All.Where(m => m.Version <= 2).ToList());
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO sources (key, title) VALUES ('test-source', 'Old source');
                INSERT INTO entities (key, kind, name, name_folded, source_keys, version) VALUES ('gateway', 'Project', 'Old', 'old', '["test-source"]', 4);
                INSERT INTO entity_sources (entity_key, source_key) VALUES ('gateway', 'test-source');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        using var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway", name: "New"))] });

        var change = Assert.Single((await store.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway" })).Items);
        Assert.Equal(ChangeOperation.Updated, change.Operation);
        Assert.Equal(4, ((EntitySnapshot)change.Before!).Entity.Version);
        Assert.Equal(5, change.Version);
    }

    public void Dispose() => _database.Dispose();
}
