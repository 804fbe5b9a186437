using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>The repository's seed/ round-trips through a real SQLite store, <see cref="SeedWriter"/> and <see cref="SeedReader"/>.</summary>
public sealed class SeedWriterTests : IDisposable
{
    private readonly TemporarySqliteStore _first = new();
    private readonly TemporarySqliteStore _second = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knowledgegraph-seed-tests", Guid.NewGuid().ToString("N"));

    public SeedWriterTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_exports_the_real_seed_so_that_it_reads_back_as_the_same_records()
    {
        var original = SeedReader.ReadDirectory(RepositoryPaths.SeedDirectory);
        var store = await _first.OpenAsync();
        await SeedLoader.LoadAsync(store, original);

        var exported = await ExportToFileAsync(store, "export.json");
        var readBack = await SeedReader.ReadPathAsync(exported);

        Assert.Empty(SeedValidator.ValidateRecords(readBack));
        AssertSameSet(original.Sources.Select(s => Canonical(s.Value)), readBack.Sources.Select(s => Canonical(s.Value)));
        AssertSameSet(original.Entities.Select(e => Canonical(e.Value)), readBack.Entities.Select(e => Canonical(e.Value)));
        AssertSameSet(original.Relationships.Select(r => Canonical(r.Value)), readBack.Relationships.Select(r => Canonical(r.Value)));
    }

    [Fact]
    public async Task WriteAsync_exports_citations_so_that_they_read_back_in_order()
    {
        var original = SeedReader.ReadDirectory(Path.Combine(RepositoryPaths.Fixtures, "Provenance", "valid", "seed"));
        var store = await _first.OpenAsync();
        await SeedLoader.LoadAsync(store, original);

        var readBack = await SeedReader.ReadPathAsync(await ExportToFileAsync(store, "citations.json"));

        Assert.Empty(SeedValidator.ValidateRecords(readBack));
        Assert.Equal(
            original.Entities.OrderBy(e => e.Value.Key, StringComparer.Ordinal).Select(e => e.Value.Citations),
            readBack.Entities.Select(e => e.Value.Citations));
        Assert.Equal(original.Relationships.Single().Value.Citations, readBack.Relationships.Single().Value.Citations);
    }

    [Fact]
    public async Task WriteAsync_gives_byte_identical_output_when_exporting_twice()
    {
        var store = await _first.OpenAsync();
        await SeedLoader.LoadAsync(store, RepositoryPaths.SeedDirectory);

        var first = await ExportAsync(store);
        var second = await ExportAsync(store);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task WriteAsync_gives_byte_identical_output_after_export_import_export()
    {
        var source = await _first.OpenAsync();
        await SeedLoader.LoadAsync(source, RepositoryPaths.SeedDirectory);
        var exported = await ExportToFileAsync(source, "first.json");
        var target = await _second.OpenAsync();

        await SeedLoader.LoadAsync(target, await SeedReader.ReadPathAsync(exported));
        var reexported = await ExportAsync(target);

        Assert.Equal(await File.ReadAllBytesAsync(exported), reexported);
    }

    [Fact]
    public async Task WriteAsync_writes_records_ordered_by_key_with_only_the_fields_that_hold_a_value()
    {
        using var seed = TemporarySeed.Valid();
        var store = await _first.OpenAsync();
        await SeedLoader.LoadAsync(store, seed.Directory);

        var json = Encoding.UTF8.GetString(await ExportAsync(store));

        Assert.True(
            json.IndexOf("\"key\": \"belt-and-road-initiative\"", StringComparison.Ordinal) <
            json.IndexOf("\"key\": \"khorgos\"", StringComparison.Ordinal),
            json);
        Assert.Contains("\"key\": \"khorgos-eastern-gate-located-in-khorgos\"", json);
        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("publishedOn", json);
        Assert.DoesNotContain("\"aliases\": []", json);
        Assert.Contains("\"properties\": {\n        \"sector\": \"Logistics\",\n        \"lengthKm\": 4\n      }", json);
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public async Task WriteAsync_writes_dates_as_year_month_day()
    {
        using var seed = new TemporarySeed().Write("all.json", """
            { "sources": [ { "key": "dated", "title": "Dated", "publishedOn": "2024-03-05", "accessedOn": "2025-11-30" } ] }
            """);
        var store = await _first.OpenAsync();
        await SeedLoader.LoadAsync(store, seed.Directory);

        var json = Encoding.UTF8.GetString(await ExportAsync(store));

        Assert.Contains("\"publishedOn\": \"2024-03-05\"", json);
        Assert.Contains("\"accessedOn\": \"2025-11-30\"", json);
    }

    private static async Task<byte[]> ExportAsync(IGraphStore store)
    {
        using var buffer = new MemoryStream();
        await SeedWriter.WriteAsync(store, buffer);
        return buffer.ToArray();
    }

    private async Task<string> ExportToFileAsync(IGraphStore store, string name)
    {
        var path = Path.Combine(_folder, name);
        await using (var file = File.Create(path))
        {
            await SeedWriter.WriteAsync(store, file);
        }

        return path;
    }

    private static void AssertSameSet(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var want = expected.ToList();
        var got = actual.ToList();
        Assert.NotEmpty(want);
        Assert.Equal(want.Count, got.Count);
        Assert.Empty(want.Except(got, StringComparer.Ordinal));
        Assert.Empty(got.Except(want, StringComparer.Ordinal));
    }

    private static string Canonical(Source source) => Line(
        source.Key, source.Title, source.Publisher, source.Url, source.PublishedOn?.ToString("O", CultureInfo.InvariantCulture),
        source.AccessedOn?.ToString("O", CultureInfo.InvariantCulture));

    private static string Canonical(Entity entity) => Line(
        entity.Key, entity.Kind.ToString(), entity.Name, string.Join(", ", entity.Aliases), entity.Description,
        string.Join(", ", entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Type}:{p.Value}")),
        string.Join(", ", entity.SourceKeys));

    private static string Canonical(Relationship relationship) => Line(
        relationship.Key, relationship.Type, relationship.FromKey, relationship.ToKey, relationship.Role,
        relationship.SinceYear?.ToString(CultureInfo.InvariantCulture), relationship.UntilYear?.ToString(CultureInfo.InvariantCulture),
        relationship.Amount?.ToString("R", CultureInfo.InvariantCulture), relationship.Currency, relationship.Note,
        relationship.Confidence.ToString(), string.Join(", ", relationship.SourceKeys));

    private static string Line(params string?[] fields) => string.Join(" | ", fields.Select(f => string.IsNullOrEmpty(f) ? "-" : f));
}
