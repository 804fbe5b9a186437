using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.Exchange.Tests.Infrastructure;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Exchange.Tests.Csv;

/// <summary>CSV export → import into an empty store → JSON export gives the original JSON export, byte for byte.</summary>
public sealed class CsvRoundTripTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_real_seed_exported_to_csv_and_imported_into_an_empty_store_exports_the_same_json()
    {
        var original = await SeededStore.OpenAsync(_folder);
        var originalJson = await SeededStore.ExportAsync(new StoreSnapshot(original), ExportFormat.Json);
        var directory = _folder.File("csv");

        var written = await CsvGraphWriter.WriteDirectoryAsync(new StoreSnapshot(original), directory);
        var import = await CsvGraphReader.ReadAsync(Files(directory));
        var copy = await _folder.OpenStoreAsync("copy");
        Assert.Empty(import.Validate(ExistingGraph.Empty));
        var summary = await ImportAsync(copy, import);

        Assert.Equal((written.Sources, written.Entities, written.Relationships), (summary.Sources.Created, summary.Entities.Created, summary.Relationships.Created));
        Assert.Equal(originalJson, await SeededStore.ExportAsync(new StoreSnapshot(copy), ExportFormat.Json));
    }

    [Fact]
    public async Task Hostile_text_and_exact_numbers_survive_the_round_trip()
    {
        var store = await _folder.OpenStoreAsync("hostile");
        var changes = new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "s", Title = "Title, with \"quotes\"\r\nand a line", Url = "https://example.org/a?b=1,2", PublishedOn = new DateOnly(2024, 2, 29) }],
            UpsertEntities =
            [
                new EntityUpsert(new Entity
                {
                    Key = "khorgos", Kind = EntityKind.Project, Name = "Қорғас – 霍尔果斯 \"dry\" port, 🚂",
                    Aliases = ["a | b", "back\\slash", "semi;colon"], Description = "line one\nline two, \"quoted\"\ttab",
                    SourceKeys = ["s"],
                    Properties = new Dictionary<string, PropertyValue>
                    {
                        ["lengthKm"] = PropertyValue.FromNumber(0.1 + 0.2),
                        ["startYear"] = PropertyValue.FromInteger(2011),
                        ["capacityUnit"] = PropertyValue.FromText("TEU, per year"),
                    },
                }),
                new EntityUpsert(new Entity { Key = "almaty", Kind = EntityKind.Region, Name = "Almaty", SourceKeys = ["s"],
                    Properties = new Dictionary<string, PropertyValue> { ["latitude"] = PropertyValue.FromNumber(43.238949) } }),
            ],
            UpsertRelationships =
            [
                new Relationship { Key = "k-in-a", Type = RelationshipTypes.LocatedIn, FromKey = "khorgos", ToKey = "almaty", Amount = 1e-7, Currency = "USD",
                    Note = "'single' and \"double\"", Confidence = Confidence.Reported, SinceYear = 2016, SourceKeys = ["s"] },
            ],
        };
        await store.ApplyAsync(changes);

        var (original, copy, _) = await RoundTripAsync(store, "hostile");

        Assert.Equal(original, copy);
    }

    [Fact]
    public async Task Citations_with_hostile_quotes_survive_the_round_trip_in_one_json_cell()
    {
        var store = await _folder.OpenStoreAsync("citing");
        Citation[] citations =
        [
            new() { SourceKey = "s", Quote = "=SUM(A1), “quoted”, \"doubled\"\nnext | line", Locator = "p. 2", About = "name" },
            new() { SourceKey = "s" },
        ];
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "s", Title = "A source" }],
            UpsertEntities =
            [
                new EntityUpsert(new Entity { Key = "khorgos", Kind = EntityKind.Project, Name = "Khorgos", SourceKeys = ["s"], Citations = citations }),
                new EntityUpsert(new Entity { Key = "almaty", Kind = EntityKind.Region, Name = "Almaty", SourceKeys = ["s"] }),
            ],
            UpsertRelationships =
            [
                new Relationship { Key = "k-in-a", Type = RelationshipTypes.LocatedIn, FromKey = "khorgos", ToKey = "almaty", SourceKeys = ["s"], Citations = citations[1..] },
            ],
        });

        var (original, copy, import) = await RoundTripAsync(store, "citing");

        Assert.Equal(original, copy);
        Assert.Contains("\"citations\"", original, StringComparison.Ordinal);
        Assert.Equal(citations, import.Entities.Single(e => e.Key == "khorgos").Citations);
        Assert.StartsWith("[", (await RowsAsync(Path.Combine(_folder.File("citing-csv"), CsvLayout.EntitiesFile)))["khorgos"]["citations"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_evaluate_are_exported_neutralised_and_numbers_stay_plain()
    {
        var store = await _folder.OpenStoreAsync("formulas");
        await store.ApplyAsync(FormulaChanges());
        var directory = _folder.File("formulas-csv");

        await CsvGraphWriter.WriteDirectoryAsync(new StoreSnapshot(store), directory);

        var sources = await RowsAsync(Path.Combine(directory, CsvLayout.SourcesFile));
        var entities = await RowsAsync(Path.Combine(directory, CsvLayout.EntitiesFile));
        var relationships = await RowsAsync(Path.Combine(directory, CsvLayout.RelationshipsFile));
        Assert.Equal(("'@title", "'=publisher"), (sources["s"]["title"], sources["s"]["publisher"]));
        Assert.Equal("'=HYPERLINK(\"https://example.org/x\",\"click\")", entities["khorgos"]["name"]);
        Assert.Equal("'+7 727 000|=second", entities["khorgos"]["aliases"]);
        Assert.Equal("''-already quoted", entities["khorgos"]["description"]);
        Assert.Equal("'\tTEU", entities["khorgos"]["capacityUnit"]);
        Assert.Equal("'single' and plain", entities["almaty"]["name"]);
        Assert.Equal(("-12.5", "-43.25"), (entities["almaty"]["longitude"], entities["almaty"]["latitude"]));
        Assert.Equal(("'-lead", "'=cmd|' /C calc'!A0", "2016"), (relationships["k-in-a"]["role"], relationships["k-in-a"]["note"], relationships["k-in-a"]["sinceYear"]));
        var cells = sources.Values.Concat(entities.Values).Concat(relationships.Values).SelectMany(row => row)
            .Where(cell => !double.TryParse(cell.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain(cells, cell => cell.Value.Length > 0 && CsvFormulaGuard.IsFormulaStart(cell.Value[0]));
    }

    [Fact]
    public async Task Neutralised_cells_and_text_that_starts_with_quotes_round_trip_exactly()
    {
        var store = await _folder.OpenStoreAsync("formulas");
        await store.ApplyAsync(FormulaChanges());

        var (original, copy, import) = await RoundTripAsync(store, "formulas");

        Assert.Equal(original, copy);
        Assert.Equal("=HYPERLINK(\"https://example.org/x\",\"click\")", import.Entities.Single(e => e.Key == "khorgos").Name);
        Assert.Equal("'-already quoted", import.Entities.Single(e => e.Key == "khorgos").Description);
    }

    [Fact]
    public async Task Importing_the_same_files_again_reports_everything_unchanged()
    {
        var original = await SeededStore.OpenAsync(_folder);
        var directory = _folder.File("again");
        await CsvGraphWriter.WriteDirectoryAsync(new StoreSnapshot(original), directory);
        var import = await CsvGraphReader.ReadAsync(Files(directory));
        var versionBefore = await original.GetGraphVersionAsync();

        var summary = await ImportAsync(original, import);

        Assert.Equal((0, 0), (summary.Entities.Created, summary.Entities.Updated));
        Assert.Equal(import.Entities.Count, summary.Entities.Unchanged);
        Assert.Equal(import.Relationships.Count, summary.Relationships.Unchanged);
        Assert.Equal(versionBefore, summary.GraphVersion);
    }

    /// <summary>
    /// Exports <paramref name="store"/> as CSV, imports the files into an empty store and gives both stores' JSON
    /// exports, with what was read.
    /// </summary>
    private async Task<(string Original, string Copy, CsvImport Import)> RoundTripAsync(SqliteGraphStore store, string name)
    {
        var directory = _folder.File(name + "-csv");
        await CsvGraphWriter.WriteDirectoryAsync(new StoreSnapshot(store), directory);
        var import = await CsvGraphReader.ReadAsync(Files(directory));
        var copy = await _folder.OpenStoreAsync(name + "-copy");
        Assert.Empty(import.Validate(ExistingGraph.Empty));
        await ImportAsync(copy, import);
        return (
            System.Text.Encoding.UTF8.GetString(await SeededStore.ExportAsync(new StoreSnapshot(store), ExportFormat.Json)),
            System.Text.Encoding.UTF8.GetString(await SeededStore.ExportAsync(new StoreSnapshot(copy), ExportFormat.Json)),
            import);
    }

    /// <summary>Imports what was read, as the <c>import</c> command does, and tells what it did.</summary>
    private static async Task<ImportSummary> ImportAsync(IGraphStore store, CsvImport import)
    {
        var outcome = await new GraphChangeService(store).ImportAsync(new IImportPart[] { import }.ToAsyncEnumerable(), new GraphImport(null, import.RecordCount), 10);
        Assert.Empty(outcome.Problems);
        return outcome.Summary!;
    }

    /// <summary>Text a spreadsheet would take for formulas, text that starts with quotes, and negative numbers.</summary>
    private static GraphChangeSet FormulaChanges() => new()
    {
        UpsertSources = [new Source { Key = "s", Title = "@title", Publisher = "=publisher", Url = "https://example.org/s" }],
        UpsertEntities =
        [
            new EntityUpsert(new Entity
            {
                Key = "khorgos", Kind = EntityKind.Project, Name = "=HYPERLINK(\"https://example.org/x\",\"click\")",
                Aliases = ["+7 727 000", "=second"], Description = "'-already quoted", SourceKeys = ["s"],
                Properties = new Dictionary<string, PropertyValue> { ["capacityUnit"] = PropertyValue.FromText("\tTEU") },
            }),
            new EntityUpsert(new Entity
            {
                Key = "almaty", Kind = EntityKind.Region, Name = "'single' and plain", SourceKeys = ["s"],
                Properties = new Dictionary<string, PropertyValue>
                {
                    ["longitude"] = PropertyValue.FromNumber(-12.5),
                    ["latitude"] = PropertyValue.FromNumber(-43.25),
                },
            }),
        ],
        UpsertRelationships =
        [
            new Relationship { Key = "k-in-a", Type = RelationshipTypes.LocatedIn, FromKey = "khorgos", ToKey = "almaty", Role = "-lead",
                Note = "=cmd|' /C calc'!A0", SinceYear = 2016, SourceKeys = ["s"] },
        ],
    };

    /// <summary>The rows of a CSV file by their <c>key</c>, each as its cells by column, exactly as written.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> RowsAsync(string path)
    {
        using var reader = new StreamReader(path);
        var rows = new List<IReadOnlyList<string>>();
        await foreach (var row in new CsvRowReader(reader).ReadAllAsync())
        {
            rows.Add(row.Fields);
        }

        var header = rows[0];
        return rows.Skip(1)
            .Select(fields => header.Select((column, i) => (column, fields[i])).ToDictionary(c => c.column, c => c.Item2))
            .ToDictionary(cells => cells["key"]);
    }

    private static CsvImportFiles Files(string directory) => new(
        Path.Combine(directory, CsvLayout.SourcesFile),
        Path.Combine(directory, CsvLayout.EntitiesFile),
        Path.Combine(directory, CsvLayout.RelationshipsFile));
}
