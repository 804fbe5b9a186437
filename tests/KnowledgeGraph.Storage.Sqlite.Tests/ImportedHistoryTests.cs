using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// An import into an empty store writes no change row per entity and relationship, yet the history answers for them
/// exactly as when every creation had its row. The reference is a second store given the same change sets through
/// <see cref="SqliteGraphStore.ApplyAsync"/>, which writes every creation as a row, on the same clock: each subject's
/// history, its pages and the recent changes must match it record for record, sequence numbers included.
/// </summary>
public sealed class ImportedHistoryTests : IDisposable
{
    private static readonly ChangeAuthor Importer = new("importer", "bulk load of the 2026 register");
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));

    // "shared" names both an entity and a relationship: a history read without a kind holds both.
    private static readonly string[] EntityKeys = ["gateway", "kz", "shared", "china"];
    private static readonly string[] RelationshipKeys = ["r1", "r2", "shared"];

    private readonly TemporaryDatabase _importedFile = new();
    private readonly TemporaryDatabase _referenceFile = new();
    private readonly SqliteGraphStore _imported;
    private readonly SqliteGraphStore _reference;

    public ImportedHistoryTests()
    {
        _imported = new SqliteGraphStore(_importedFile.Connections, timeProvider: Clock);
        _reference = new SqliteGraphStore(_referenceFile.Connections, timeProvider: Clock);
    }

    [Fact]
    public async Task Untouched_imported_records_read_as_their_creation_by_the_import()
    {
        var result = await LoadAsync(FirstLoad());

        await AssertSameHistoriesAsync();
        var gateway = Assert.Single((await _imported.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway" })).Items);
        Assert.Equal((ChangeOperation.Created, "importer", "bulk load of the 2026 register", 1L, result.GraphVersion),
            (gateway.Operation, gateway.Author, gateway.Comment, gateway.Version, gateway.GraphVersion));
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(gateway.After).Entity.Name);

        // Touched twice by the same import, china was created once, in its final state.
        var china = Assert.Single((await _imported.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "china" })).Items);
        Assert.Equal((ChangeOperation.Created, 2L), (china.Operation, china.Version));
        Assert.Equal("People's Republic of China", Assert.IsType<EntitySnapshot>(china.After).Entity.Name);
        Assert.Equal(0L, await CountRowsAsync($"{ChangeLogTable.SubjectKind} <> 'Source'"));
    }

    [Fact]
    public async Task Changing_imported_records_writes_their_creation_rows_first_and_the_history_reads_the_same()
    {
        await LoadAsync(FirstLoad());

        await BothAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Khorgos Gateway dry port", properties: ("startYear", Int(2016))))],
            Author = new ChangeAuthor("curator", "renamed"),
        });
        await BothAsync(new GraphChangeSet { DeleteEntityKeys = ["kz"], Author = new ChangeAuthor("curator", "duplicate") });
        await BothAsync(new GraphChangeSet { UpsertRelationships = [Relationship("r2", RelationshipTypes.LocatedIn, "shared", "china", role: "seat")] });

        await AssertSameHistoriesAsync();
        Assert.Equal(4L, await CountRowsAsync($"{ChangeLogTable.Operation} = 'Created' AND {ChangeLogTable.SubjectKey} IN ('gateway', 'kz', 'r1', 'r2')"));
        Assert.Equal(0L, await CountRowsAsync($"{ChangeLogTable.SubjectKey} IN ('shared', 'china')"));
        Assert.Equal(
            [ChangeOperation.Deleted, ChangeOperation.Created],
            (await _imported.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "r1" })).Items.Select(c => c.Operation));
    }

    [Fact]
    public async Task A_second_bulk_import_into_the_emptied_store_begins_a_new_life_of_each_record()
    {
        await LoadAsync(FirstLoad());
        await BothAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Khorgos Gateway dry port"))] });
        await BothAsync(new GraphChangeSet { DeleteEntityKeys = EntityKeys, DeleteSourceKeys = [DefaultSourceKey] });

        await LoadAsync(SecondLoad());

        await AssertSameHistoriesAsync();
        Assert.Equal(
            [ChangeOperation.Created, ChangeOperation.Deleted, ChangeOperation.Updated, ChangeOperation.Created],
            (await _imported.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway" })).Items.Select(c => c.Operation));
        Assert.Equal(2L, await ScalarAsync($"SELECT COUNT(*) FROM {ChangeSetsTable.Name} WHERE {ChangeSetsTable.BulkFirstSequence} IS NOT NULL"));
        Assert.Equal(0L, await CountRowsAsync($"{ChangeLogTable.SubjectKind} <> 'Source' AND {ChangeLogTable.GraphVersion} = {await _imported.GetGraphVersionAsync()}"));
    }

    [Fact]
    public async Task Vacuum_keeps_the_row_ids_that_number_the_imported_creations()
    {
        await LoadAsync(FirstLoad());
        await BothAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"] });

        await using (var connection = await _importedFile.Connections.OpenAsync())
        await using (var vacuum = connection.CreateCommand())
        {
            vacuum.CommandText = "VACUUM";
            await vacuum.ExecuteNonQueryAsync();
        }

        await AssertSameHistoriesAsync();
        await BothAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("shared", RelationshipTypes.LocatedIn, "gateway", "china", role: "checkpoint")],
            DeleteRelationshipKeys = ["r2"],
        });
        await AssertSameHistoriesAsync();
    }

    [Theory]
    [InlineData("gateway", ChangeSubjectKind.Entity, 1)]
    [InlineData("gateway", ChangeSubjectKind.Entity, 3)]
    [InlineData("shared", null, 1)]
    [InlineData("shared", null, 2)]
    public async Task History_pages_across_an_imported_creation_as_across_recorded_ones(string key, ChangeSubjectKind? kind, int take)
    {
        await LoadAsync(FirstLoad());
        await BothAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Khorgos Gateway dry port"))] });
        await BothAsync(new GraphChangeSet { DeleteEntityKeys = EntityKeys, DeleteSourceKeys = [DefaultSourceKey] });
        await LoadAsync(SecondLoad());

        long? cursor = null;
        var pages = 0;
        while (true)
        {
            var query = new ChangeHistoryQuery { SubjectKey = key, SubjectKind = kind, Take = take, BeforeSequence = cursor };
            var expected = await _reference.GetHistoryAsync(query);
            var actual = await _imported.GetHistoryAsync(query);

            Assert.Equal(Describe(expected.Items), Describe(actual.Items));
            Assert.Equal((expected.TotalCount, expected.HasMore), (actual.TotalCount, actual.HasMore));
            pages++;
            if (!actual.HasMore)
            {
                break;
            }

            cursor = actual.Items[^1].Sequence;
        }

        Assert.True(pages > 1, $"{key} fits in one page of {take}");
    }

    public void Dispose()
    {
        _imported.Dispose();
        _reference.Dispose();
        _importedFile.Dispose();
        _referenceFile.Dispose();
    }

    /// <summary>The first load in two parts, as a CSV import writes it; the second part changes an entity of the first.</summary>
    private static GraphChangeSet[] FirstLoad() =>
    [
        Graph([
            Entity("gateway", name: "Khorgos Gateway", aliases: ["KGZ"], properties: ("startYear", Int(2015))),
            Entity("kz", EntityKind.Region, "Kazakhstan"), Entity("shared", name: "Shared key"), Entity("china", EntityKind.Region, "China"),
        ]),
        new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("china", EntityKind.Region, "People's Republic of China"))],
            UpsertRelationships =
            [
                Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz"), Relationship("r2", RelationshipTypes.LocatedIn, "shared", "china"),
                Relationship("shared", RelationshipTypes.LocatedIn, "gateway", "china"),
            ],
        },
    ];

    private static GraphChangeSet[] SecondLoad() =>
    [
        Graph(
            [Entity("gateway", name: "Khorgos Eastern Gate"), Entity("shared", name: "Shared key, again"), Entity("china", EntityKind.Region, "China")],
            [Relationship("shared", RelationshipTypes.LocatedIn, "gateway", "china", role: "border"), Relationship("r2", RelationshipTypes.LocatedIn, "shared", "china")]),
    ];

    /// <summary>Imports the parts into the imported store (one transaction) and applies them as one change set to the reference.</summary>
    private async Task<GraphChangeResult> LoadAsync(GraphChangeSet[] parts)
    {
        GraphChangeResult imported;
        await using (var session = await _imported.BeginImportAsync(new GraphImport(Importer, parts.Sum(p => (long)p.RecordCount))))
        {
            foreach (var part in parts)
            {
                await session.WriteAsync(part);
            }

            imported = await session.CommitAsync();
        }

        var applied = await _reference.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = parts.SelectMany(p => p.UpsertSources).ToList(),
            UpsertEntities = parts.SelectMany(p => p.UpsertEntities).ToList(),
            UpsertRelationships = parts.SelectMany(p => p.UpsertRelationships).ToList(),
            Author = Importer,
        });
        Assert.Equal(applied, imported);
        return imported;
    }

    private async Task BothAsync(GraphChangeSet changes)
    {
        Assert.Equal(await _reference.ApplyAsync(changes), await _imported.ApplyAsync(changes));
    }

    private async Task AssertSameHistoriesAsync()
    {
        var subjects = EntityKeys.Select(k => (k, (ChangeSubjectKind?)ChangeSubjectKind.Entity))
            .Concat(RelationshipKeys.Select(k => (k, (ChangeSubjectKind?)ChangeSubjectKind.Relationship)))
            .Concat(EntityKeys.Concat(RelationshipKeys).Append(DefaultSourceKey).Distinct().Select(k => (k, (ChangeSubjectKind?)null)))
            .Append((DefaultSourceKey, ChangeSubjectKind.Source));
        foreach (var (key, kind) in subjects)
        {
            var query = new ChangeHistoryQuery { SubjectKey = key, SubjectKind = kind, Take = 100 };
            var (expected, actual) = (await _reference.GetHistoryAsync(query), await _imported.GetHistoryAsync(query));
            Assert.Equal(Describe(expected.Items), Describe(actual.Items));
            Assert.Equal((expected.TotalCount, expected.HasMore), (actual.TotalCount, actual.HasMore));
        }

        foreach (var (kind, keys) in new[] { (ChangeSubjectKind.Entity, EntityKeys), (ChangeSubjectKind.Relationship, RelationshipKeys), (ChangeSubjectKind.Source, [DefaultSourceKey]) })
        {
            foreach (var take in new[] { 1, 100 })
            {
                Assert.Equal(
                    Describe(await _reference.GetRecentChangesAsync(keys, kind, take)),
                    Describe(await _imported.GetRecentChangesAsync(keys, kind, take)));
            }
        }
    }

    private static List<string> Describe(IEnumerable<ChangeRecord> changes) => changes.Select(c =>
        $"#{c.Sequence} {c.SubjectKind} {c.SubjectKey} ({c.EntityKind}) {c.Operation} by {c.Author} ({c.Comment}) at {c.At:O}, " +
        $"graph version {c.GraphVersion}, version {c.Version}, fields [{string.Join(", ", c.ChangedFields)}]: " +
        $"{ChangeSnapshotJson.Write(c.Before)} -> {ChangeSnapshotJson.Write(c.After)}").ToList();

    private Task<long> CountRowsAsync(string where) => ScalarAsync($"SELECT COUNT(*) FROM {ChangeLogTable.Name} WHERE {where}");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _importedFile.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
