using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class SeedStreamReaderTests : IDisposable
{
    private readonly TemporarySqliteStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ReadPartsAsync_streams_the_curated_seed_as_the_whole_document_reader_reads_it()
    {
        var document = await SeedReader.ReadPathAsync(RepositoryPaths.SeedDirectory);

        var parts = await StreamAsync(RepositoryPaths.SeedDirectory, partSize: 7);

        Assert.All(parts, p => Assert.InRange(p.RecordCount, 1, 7));
        AssertSameRecords(document, parts);
        Assert.Empty(parts.SelectMany(p => p.ReadErrors));
        Assert.Empty(SeedValidator.ValidateRecords(document));
    }

    [Fact]
    public async Task ReadPartsAsync_streams_an_exported_file_as_the_whole_document_reader_reads_it()
    {
        using var seed = new TemporarySeed();
        var store = await _store.OpenAsync();
        await SeedLoader.LoadAsync(store, RepositoryPaths.SeedDirectory);
        var exported = Path.Combine(seed.Root, "export.json");
        await using (var file = File.Create(exported))
        {
            await SeedWriter.WriteAsync(store, file);
        }

        var document = await SeedReader.ReadPathAsync(exported);
        var parts = await StreamAsync(exported, partSize: 50);

        Assert.True(parts.Count > 3);
        AssertSameRecords(document, parts);
        Assert.Equal(("export.json", "relationships"), (parts[^1].Relationships[^1].Origin.File, parts[^1].Relationships[^1].Origin.Section));
        Assert.Empty(parts.SelectMany(p => p.ReadErrors));
    }

    [Fact]
    public async Task ReadPartsAsync_reports_every_problem_of_the_whole_document_reader_worded_and_located_alike()
    {
        using var seed = TemporarySeed.Valid()
            .Write("entities/bad.json", """
                { "entities": [
                    { "key": "k1", "kind": "Projekt", "name": "K", "soruces": ["article"], "aliases": "one" },
                    42,
                    { "key": "k2", "kind": "Region", "name": 7, "properties": { "level": true } }
                  ],
                  "relationships": [ { "type": "LOCATED_IN", "from": "k1", "to": "k2", "sinceYear": 1.5, "confidence": "Maybe" } ],
                  "statements": [ { "id": "s1", "source": "article", "qoute": "x", "holds": [ { "entity": "k1", "other": 1 } ] } ],
                  "notes": "unknown top-level field"
                }
                """)
            .Write("sources/archived.json", """{ "sources": [ { "key": "a", "title": "A", "archive": "archive/missing.txt", "publishedOn": "2020-13-01" } ] }""")
            .Write("sources/not-an-array.json", """{ "sources": { "key": "x" }, "entities": null }""")
            .Write("z-root.json", """[ { "key": "x" } ]""");

        var document = await SeedReader.ReadPathAsync(seed.Directory);
        var parts = await StreamAsync(seed.Directory, partSize: 2);

        Assert.True(document.ReadErrors.Count >= 12);
        AssertSameProblems(document.ReadErrors, parts.SelectMany(p => p.ReadErrors));
        AssertSameRecords(document, parts);
    }

    [Fact]
    public async Task ReadPartsAsync_cuts_parts_inside_one_file_and_names_each_record_by_its_array_and_index()
    {
        using var seed = new TemporarySeed().Write("all.json", GeneratedSeed(sources: 3, entities: 10, relationships: 9));

        var parts = await StreamAsync(seed.Directory, partSize: 4);

        Assert.Equal([4, 4, 4, 4, 4, 2], parts.Select(p => p.RecordCount));
        var second = parts[1];
        Assert.Equal("seed/all.json: entities[1] (key 'e1')", second.Entities[0].Origin.ToString());
        Assert.Equal("seed/all.json: entities[1] (key 'e1').key", second.KeyPath(ChangeSetSection.Entities, 0));
        Assert.Equal("seed/all.json: entities[1]", second.Describe(second.Position(ChangeSetSection.Entities, 0)));
        Assert.Equal("seed/all.json: sources[2]", second.Describe(parts[0].Position(ChangeSetSection.Sources, 2)));
        var last = parts[^1];
        Assert.Equal("seed/all.json: relationships[8]", last.Describe(last.Position(ChangeSetSection.Relationships, 1)));
        Assert.Equal(
            ["s0", "s1", "s2"], parts.SelectMany(p => p.Sources).Select(s => s.Value.Key));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"e{i}"), parts.SelectMany(p => p.Entities).Select(e => e.Value.Key));
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"r{i}"), parts.SelectMany(p => p.Relationships).Select(r => r.Value.Key));
    }

    [Fact]
    public async Task ReadPartsAsync_reads_sources_of_later_files_before_entities_that_cite_them()
    {
        // The curated layout: entities/ and relationships/ sort before sources.json.
        using var seed = TemporarySeed.Valid();

        var parts = await StreamAsync(seed.Directory, partSize: 1);

        Assert.Equal(
            ["sources", "entities", "entities", "entities", "relationships", "relationships"],
            parts.Select(p => p.Sources.Count > 0 ? "sources" : p.Entities.Count > 0 ? "entities" : "relationships"));
    }

    [Fact]
    public async Task ReadPartsAsync_reports_invalid_json_mid_file_where_the_whole_document_reader_does_and_reads_the_other_files()
    {
        var records = GeneratedSeed(sources: 2, entities: 30, relationships: 30);
        var cut = records.IndexOf("\"r17\"", StringComparison.Ordinal);
        var broken = records[..cut] + "\"r17\" \"type\": " + records[(cut + 5)..];
        using var seed = TemporarySeed.Valid().Write("big.json", broken);

        var document = await SeedReader.ReadPathAsync(seed.Directory);
        var parts = await StreamAsync(seed.Directory, partSize: 5, bufferSize: 16);

        var expected = Assert.Single(document.ReadErrors);
        var error = Assert.Single(parts.SelectMany(p => p.ReadErrors));
        Assert.Equal(SeedErrorCodes.InvalidJson, error.Code);
        Assert.Equal(expected.Path, error.Path);
        Assert.Equal(expected.Message, error.Message);
        Assert.Matches(@"^seed/big\.json \(line \d+, column \d+\)$", error.Path);
        // The file's relationships are not read; the other files are, whole.
        Assert.DoesNotContain(parts.SelectMany(p => p.Relationships), r => r.Origin.File == "seed/big.json");
        Assert.Equal(3, parts.SelectMany(p => p.Entities).Count(e => e.Origin.File == "seed/entities/all.json"));
        Assert.Equal(2, parts.SelectMany(p => p.Relationships).Count());
    }

    [Theory]
    [InlineData("""{ "entities": [ { "key": "a", "kind": "Region", "key": "b" } ] }""")]
    [InlineData("""{ "sources": [], "sources": [] }""")]
    [InlineData("")]
    [InlineData("""{ "sources": [] } trailing""")]
    [InlineData("""{ "sources": [ { "key": "s", "title": "T" } ] """)]
    public async Task ReadPartsAsync_refuses_what_the_whole_document_reader_refuses_in_the_same_words(string json)
    {
        using var seed = new TemporarySeed().Write("f.json", json);

        var document = await SeedReader.ReadPathAsync(seed.Directory);
        var parts = await StreamAsync(seed.Directory, partSize: 10, bufferSize: 16);

        var expected = Assert.Single(document.ReadErrors);
        var error = Assert.Single(parts.SelectMany(p => p.ReadErrors));
        Assert.Equal((expected.Path, expected.Code, expected.Message), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public async Task ReadPartsAsync_keeps_its_buffer_to_the_size_of_one_record_whatever_the_file_size()
    {
        using var seed = new TemporarySeed().Write("large.json", GeneratedSeed(sources: 10, entities: 4000, relationships: 6000));
        var fileSize = new FileInfo(Path.Combine(seed.Directory, "large.json")).Length;
        var buffer = new SeedStreamBuffer(1024);

        var records = 0;
        var largestPart = 0;
        await foreach (var part in SeedStreamReader.ReadPartsAsync(seed.Directory, 500, buffer, default))
        {
            records += part.RecordCount;
            largestPart = Math.Max(largestPart, part.RecordCount);
        }

        Assert.True(fileSize > 1_000_000, $"The file has {fileSize} bytes.");
        Assert.Equal(10_010, records);
        Assert.Equal(500, largestPart);
        // Every record here is under 1 KiB: the buffer never had to grow.
        Assert.Equal(1024, buffer.LargestSize);
    }

    [Fact]
    public async Task ReadPartsAsync_grows_its_buffer_only_to_hold_the_largest_record()
    {
        var note = new string('n', 5000);
        using var seed = new TemporarySeed().Write("one.json",
            GeneratedSeed(sources: 1, entities: 2, relationships: 2000).Replace("\"r5\",", $"\"r5\", \"note\": \"{note}\",", StringComparison.Ordinal));
        var buffer = new SeedStreamBuffer(1024);

        var parts = new List<SeedImportPart>();
        await foreach (var part in SeedStreamReader.ReadPartsAsync(seed.Directory, 100, buffer, default))
        {
            parts.Add(part);
        }

        Assert.Equal(note, parts.SelectMany(p => p.Relationships).Single(r => r.Value.Key == "r5").Value.Note);
        Assert.Equal(8192, buffer.LargestSize);
    }

    [Fact]
    public async Task Parts_pass_the_part_by_part_import_check_as_the_whole_seed_passes_its_validation()
    {
        using var seed = TemporarySeed.Valid()
            .Write("relationships/more.json", """
                { "relationships": [
                    { "type": "LOCATED_IN", "from": "khorgos-eastern-gate", "to": "nowhere", "sources": ["article"] },
                    { "key": "hub-in-bri", "type": "BELONGS_TO", "from": "khorgos-eastern-gate", "to": "belt-and-road-initiative", "sources": ["article"] }
                ] }
                """);
        var store = await _store.OpenAsync();
        var document = await SeedReader.ReadPathAsync(seed.Directory);
        var check = new ImportCheck(store, 100);

        await foreach (var part in SeedStreamReader.ReadPartsAsync(seed.Directory, 3))
        {
            await check.AddAsync(part);
        }

        var expected = SeedValidator.ValidateRecords(document);
        Assert.Equal(expected.Select(e => e.Code).Order(), check.Problems.Select(e => e.Code).Order());
        var missing = Assert.Single(check.Problems, p => p.Code != ValidationCodes.DuplicateKey);
        Assert.Equal(Assert.Single(expected, p => p.Code != ValidationCodes.DuplicateKey), missing);
        var repeated = Assert.Single(check.Problems, p => p.Code == ValidationCodes.DuplicateKey);
        Assert.Equal("seed/relationships/more.json: relationships[1] (key 'hub-in-bri').key", repeated.Path);
        Assert.Equal("The relationship key 'hub-in-bri' is already used by seed/relationships/all.json: relationships[1].", repeated.Message);
    }

    [Fact]
    public async Task ReadPartsAsync_stops_reading_when_cancelled_between_parts()
    {
        using var seed = new TemporarySeed().Write("all.json", GeneratedSeed(sources: 1, entities: 50, relationships: 50));
        using var cancellation = new CancellationTokenSource();
        var parts = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var part in SeedStreamReader.ReadPartsAsync(seed.Directory, 10, cancellation.Token))
            {
                parts++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, parts);
    }

    [Fact]
    public async Task CountRecordsAsync_counts_the_records_the_parts_hold()
    {
        using var seed = TemporarySeed.Valid().Write("big.json", GeneratedSeed(sources: 3, entities: 40, relationships: 55));
        using var valid = TemporarySeed.Valid();

        var counted = await SeedStreamReader.CountRecordsAsync(seed.Directory);
        var curated = await SeedStreamReader.CountRecordsAsync(RepositoryPaths.SeedDirectory);

        Assert.Equal((await StreamAsync(seed.Directory, partSize: 9)).Sum(p => p.RecordCount), counted);
        Assert.Equal(3 + 40 + 55, counted - (await StreamAsync(valid.Directory, partSize: 9)).Sum(p => p.RecordCount));
        var document = await SeedReader.ReadPathAsync(RepositoryPaths.SeedDirectory);
        Assert.Equal(document.Sources.Count + document.Entities.Count + document.Relationships.Count, curated);
    }

    [Fact]
    public async Task CountRecordsAsync_counts_what_precedes_invalid_json_and_the_other_files_whole()
    {
        var records = GeneratedSeed(sources: 2, entities: 30, relationships: 30);
        var cut = records.IndexOf("\"r17\"", StringComparison.Ordinal);
        using var seed = TemporarySeed.Valid().Write("big.json", records[..cut] + "\"r17\" \"type\": " + records[(cut + 5)..]);
        using var valid = TemporarySeed.Valid();

        var counted = await SeedStreamReader.CountRecordsAsync(seed.Directory);

        // 2 sources, 30 entities and the 17 relationships before the broken one, and every record of the valid files.
        Assert.Equal(2 + 30 + 17 + await SeedStreamReader.CountRecordsAsync(valid.Directory), counted);
    }

    [Fact]
    public async Task ReadPartsAsync_throws_when_the_path_is_neither_a_directory_nor_a_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => StreamAsync(missing, 10));
    }

    private static async Task<List<SeedImportPart>> StreamAsync(string path, int partSize, int bufferSize = SeedStreamBuffer.DefaultSize)
    {
        var parts = new List<SeedImportPart>();
        await foreach (var part in SeedStreamReader.ReadPartsAsync(path, partSize, new SeedStreamBuffer(bufferSize), default))
        {
            parts.Add(part);
        }

        return parts;
    }

    /// <summary>One seed file of numbered records (<c>s0</c>…, <c>e0</c>…, <c>r0</c>… linking <c>e{i}</c> to <c>e{i+1}</c>).</summary>
    private static string GeneratedSeed(int sources, int entities, int relationships)
    {
        var json = new StringBuilder("{\n  \"sources\": [\n");
        json.AppendJoin(",\n", Enumerable.Range(0, sources).Select(i => Invariant($"    {{ \"key\": \"s{i}\", \"title\": \"Source {i}\" }}")));
        json.Append("\n  ],\n  \"entities\": [\n");
        json.AppendJoin(",\n", Enumerable.Range(0, entities).Select(i => Invariant(
            $"    {{ \"key\": \"e{i}\", \"kind\": \"Company\", \"name\": \"Company number {i}\", \"aliases\": [\"C{i}\"], \"sources\": [\"s{i % sources}\"] }}")));
        json.Append("\n  ],\n  \"relationships\": [\n");
        json.AppendJoin(",\n", Enumerable.Range(0, relationships).Select(i => Invariant(
            $"    {{ \"key\": \"r{i}\", \"type\": \"PARTNER_OF\", \"from\": \"e{i % entities}\", \"to\": \"e{(i + 1) % entities}\", \"sinceYear\": {2000 + (i % 20)}, \"sources\": [\"s{i % sources}\"] }}")));
        json.Append("\n  ]\n}\n");
        return json.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void AssertSameRecords(SeedDocument document, IReadOnlyList<SeedImportPart> parts)
    {
        AssertSame(document.Sources, parts.SelectMany(p => p.Sources), (a, b) => a == b);
        AssertSame(document.Entities, parts.SelectMany(p => p.Entities), (a, b) => a.Kind == b.Kind && UnchangedRecords.Same(a, b));
        AssertSame(document.Relationships, parts.SelectMany(p => p.Relationships), (a, b) => a.Confidence == b.Confidence && UnchangedRecords.Same(a, b));
    }

    private static void AssertSame<T>(IReadOnlyList<SeedRecord<T>> expected, IEnumerable<SeedRecord<T>> streamed, Func<T, T, bool> same)
    {
        var actual = streamed.ToList();
        Assert.Equal(expected.Select(r => r.Origin), actual.Select(r => r.Origin));
        Assert.All(expected.Zip(actual), pair => Assert.True(same(pair.First.Value, pair.Second.Value), $"{pair.First.Origin} differs."));
    }

    private static void AssertSameProblems(IEnumerable<KnowledgeGraph.Domain.Errors.ValidationError> expected, IEnumerable<KnowledgeGraph.Domain.Errors.ValidationError> actual) =>
        Assert.Equal(
            expected.Select(e => $"{e.Path} [{e.Code}] {e.Message}").Order(StringComparer.Ordinal),
            actual.Select(e => $"{e.Path} [{e.Code}] {e.Message}").Order(StringComparer.Ordinal));
}
