using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Tests.Infrastructure;

namespace KnowledgeGraph.Exchange.Tests.Csv;

/// <summary>
/// Streamed CSV imports: the files read in parts of bounded size, the check that validates part by part with key sets
/// only, as the whole-file validation did, and the one pass that checks and writes each part into a real store.
/// </summary>
public sealed class CsvImportPartCheckTests : IDisposable
{
    private const string Sources = "key,title\ns,A source\n";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Parts_hold_at_most_the_size_asked_and_together_everything_a_whole_read_holds()
    {
        var files = await WriteAsync(Sources, Entities(7), Relationships(7));

        var parts = await ReadPartsAsync(files, partSize: 3);
        var whole = await CsvGraphReader.ReadAsync(files);

        Assert.All(parts, p => Assert.InRange(p.RecordCount, 1, 3));
        Assert.Equal(whole.RecordCount, parts.Sum(p => p.RecordCount));
        Assert.Equal(whole.Relationships.Select(r => r.Key), parts.SelectMany(p => p.Relationships).Select(r => r.Key));
        Assert.Equal(whole.EntityOrigins, parts.SelectMany(p => p.EntityOrigins));
    }

    [Fact]
    public async Task Relationships_resolve_against_entities_of_earlier_parts_and_a_missing_one_is_named_by_line()
    {
        var files = await WriteAsync(Sources, Entities(5), Relationships(5) + "e0,nowhere,PARTNER_OF,s\n");
        var store = await _folder.OpenStoreAsync("check");

        var check = await CheckAsync(store, files, partSize: 2);

        var problem = Assert.Single(check.Problems);
        Assert.Equal((ValidationCodes.MissingEndpoint, $"{files.Relationships}:7 (column to)"), (problem.Code, problem.Path));
        Assert.Equal(1, check.ProblemCount);
        Assert.False(check.HasReadErrors);
        Assert.Equal(12, check.RecordCount);
    }

    [Fact]
    public async Task A_key_repeated_in_a_later_part_is_a_duplicate_naming_the_line_that_used_it_first()
    {
        var files = await WriteAsync(Sources, Entities(4) + "e1,Company,Entity 1 again,s\n", null);
        var store = await _folder.OpenStoreAsync("check");

        var check = await CheckAsync(store, files, partSize: 2);

        var problem = Assert.Single(check.Problems);
        Assert.Equal((ValidationCodes.DuplicateKey, $"{files.Entities}:6 (column key)"), (problem.Code, problem.Path));
        Assert.Contains($"already used by {files.Entities}:3", problem.Message);
    }

    [Fact]
    public async Task Problems_are_all_counted_but_only_the_first_few_kept()
    {
        var files = await WriteAsync(Sources, Entities(3), "from,to,type,sources\n" + string.Concat(Enumerable.Range(0, 9).Select(i => $"e0,gone-{i},PARTNER_OF,s\n")));
        var store = await _folder.OpenStoreAsync("check");

        var check = await CheckAsync(store, files, partSize: 4, limit: 5);

        Assert.Equal(9, check.ProblemCount);
        Assert.Equal(5, check.Problems.Count);
    }

    [Fact]
    public async Task One_pass_writes_every_part_into_one_transaction()
    {
        var files = await WriteAsync(Sources, Entities(5), Relationships(5));
        var store = await _folder.OpenStoreAsync("import");

        var outcome = await ImportAsync(store, files, partSize: 2);

        Assert.Equal((1, 5, 5), (outcome.Summary!.Sources.Created, outcome.Summary.Entities.Created, outcome.Summary.Relationships.Created));
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal((5, 5, 1L), (statistics.EntityCount, statistics.RelationshipCount, statistics.GraphVersion));
    }

    [Fact]
    public async Task A_problem_in_a_later_part_rolls_back_the_parts_already_written_and_later_problems_are_still_reported()
    {
        var relationships = Relationships(5) + "e0,gone,PARTNER_OF,s\n" + "e1,e3,PARTNER_OF,s\n" + "e2,e4,PARTNER_OF,s\n" + "e3,lost,PARTNER_OF,s\n";
        var files = await WriteAsync(Sources, Entities(5), relationships);
        var store = await _folder.OpenStoreAsync("import");

        var outcome = await ImportAsync(store, files, partSize: 2);

        Assert.False(outcome.Imported);
        Assert.Equal([$"{files.Relationships}:7 (column to)", $"{files.Relationships}:10 (column to)"], outcome.Problems.Select(p => p.Path));
        Assert.Equal(15, outcome.RecordCount);
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal((0, 0, 0, 0L), (statistics.EntityCount, statistics.RelationshipCount, statistics.SourceCount, statistics.GraphVersion));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public async Task Counting_records_without_parsing_finds_as_many_as_reading_them(string lastLineEnd)
    {
        var files = await WriteAsync(Sources, Entities(7), Relationships(4).TrimEnd('\n') + lastLineEnd);

        Assert.Equal((await CsvGraphReader.ReadAsync(files)).RecordCount, await CsvGraphReader.CountRecordsAsync(files));
    }

    private static Task<ImportOutcome> ImportAsync(Domain.Ports.IGraphStore store, CsvImportFiles files, int partSize) =>
        new GraphChangeService(store).ImportAsync(CsvGraphReader.ReadPartsAsync(files, partSize), new GraphImport(null, 100), 100);

    private static string Entities(int count) =>
        "key,kind,name,sources\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"e{i},Company,Entity {i},s\n"));

    private static string Relationships(int count) =>
        "from,to,type,sources\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"e{i},e{(i + 1) % count},PARTNER_OF,s\n"));

    private static async Task<List<CsvImport>> ReadPartsAsync(CsvImportFiles files, int partSize)
    {
        var parts = new List<CsvImport>();
        await foreach (var part in CsvGraphReader.ReadPartsAsync(files, partSize))
        {
            parts.Add(part);
        }

        return parts;
    }

    private static async Task<ImportCheck> CheckAsync(Domain.Ports.IGraphStore store, CsvImportFiles files, int partSize, int limit = 100)
    {
        var check = new ImportCheck(store, limit);
        foreach (var part in await ReadPartsAsync(files, partSize))
        {
            await check.AddAsync(part);
        }

        return check;
    }

    private async Task<CsvImportFiles> WriteAsync(string sources, string entities, string? relationships)
    {
        await File.WriteAllTextAsync(_folder.File("sources.csv"), sources);
        await File.WriteAllTextAsync(_folder.File("entities.csv"), entities);
        if (relationships is not null)
        {
            await File.WriteAllTextAsync(_folder.File("relationships.csv"), relationships);
        }

        return new CsvImportFiles(_folder.File("sources.csv"), _folder.File("entities.csv"), relationships is null ? null : _folder.File("relationships.csv"));
    }
}
