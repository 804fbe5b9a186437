using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>The loader against a real <see cref="Storage.Sqlite.SqliteGraphStore"/>.</summary>
public sealed class SeedLoaderTests : IDisposable
{
    private readonly TemporarySqliteStore _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task LoadIfEmptyAsync_loads_every_record_into_an_empty_store()
    {
        using var seed = TemporarySeed.Valid();
        var store = await _database.OpenAsync();

        var result = await SeedLoader.LoadIfEmptyAsync(store, seed.Directory);

        Assert.True(result.Loaded);
        Assert.Equal((3, 1, 3, 2), (result.FileCount, result.SourceCount, result.EntityCount, result.RelationshipCount));
        Assert.Equal((3, 2, 1), (result.Change!.EntitiesWritten, result.Change.RelationshipsWritten, result.Change.SourcesWritten));
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal((3, 2, 1), (statistics.EntityCount, statistics.RelationshipCount, statistics.SourceCount));
        var hub = Assert.Single(await store.GetEntitiesAsync(["khorgos-eastern-gate"]));
        Assert.Equal(PropertyValue.FromNumber(4), hub.Properties["lengthKm"]);
        var reported = Assert.Single(await store.GetRelationshipsByKeyAsync(["hub-in-bri"]));
        Assert.Equal(Confidence.Reported, reported.Confidence);
        Assert.Equal("Implied by the article.", reported.Note);
        Assert.Contains("3 files, 1 source, 3 entities, 2 relationships", result.ToString());
    }

    [Fact]
    public async Task LoadIfEmptyAsync_loads_nothing_on_a_second_start_with_a_non_empty_store()
    {
        using var seed = TemporarySeed.Valid();
        await SeedLoader.LoadIfEmptyAsync(await _database.OpenAsync(), seed.Directory);
        seed.Write("entities/later.json", """{ "entities": [ { "key": "altynkol", "kind": "Region", "name": "Altynkol", "sources": ["article"] } ] }""");
        var restarted = await _database.OpenAsync();
        var versionBefore = await restarted.GetGraphVersionAsync();

        var result = await SeedLoader.LoadIfEmptyAsync(restarted, seed.Directory);

        Assert.False(result.Loaded);
        Assert.Null(result.Change);
        Assert.EndsWith("not loaded: the store already holds data.", result.ToString());
        Assert.Equal(versionBefore, await restarted.GetGraphVersionAsync());
        Assert.Empty(await restarted.GetEntitiesAsync(["altynkol"]));
    }

    [Fact]
    public async Task LoadIfEmptyAsync_does_not_read_the_seed_when_the_store_holds_data()
    {
        using var seed = TemporarySeed.Valid();
        var store = await _database.OpenAsync();
        await SeedLoader.LoadIfEmptyAsync(store, seed.Directory);
        seed.Write("broken.json", "{ not json");

        var result = await SeedLoader.LoadIfEmptyAsync(store, seed.Directory);

        Assert.False(result.Loaded);
    }

    [Fact]
    public async Task LoadIfEmptyAsync_writes_nothing_when_any_file_is_invalid()
    {
        using var seed = TemporarySeed.Valid().Write("zz-last.json", """
            { "relationships": [ { "type": "CONECTS", "from": "khorgos-eastern-gate", "to": "khorgos", "sources": ["article"] } ] }
            """);
        var store = await _database.OpenAsync();

        var exception = await Assert.ThrowsAsync<ValidationException>(() => SeedLoader.LoadIfEmptyAsync(store, seed.Directory));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(ValidationCodes.UnknownRelationshipType, error.Code);
        Assert.StartsWith("seed/zz-last.json: relationships[0]", error.Path);
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal((0, 0, 0), (statistics.EntityCount, statistics.RelationshipCount, statistics.SourceCount));
        Assert.Equal(0, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task LoadIfEmptyAsync_writes_nothing_when_the_json_is_broken()
    {
        using var seed = TemporarySeed.Valid().Write("research/broken.json", "{ \"entities\": [ ");
        var store = await _database.OpenAsync();

        var exception = await Assert.ThrowsAsync<ValidationException>(() => SeedLoader.LoadIfEmptyAsync(store, seed.Directory));

        Assert.Equal(SeedErrorCodes.InvalidJson, Assert.Single(exception.Errors).Code);
        Assert.Equal(0, (await store.GetStatisticsAsync()).EntityCount);
    }

    [Fact]
    public async Task LoadIfEmptyAsync_can_load_after_a_rejected_seed_is_fixed()
    {
        using var seed = TemporarySeed.Valid().Write("fix.json", """{ "entities": [ { "key": "x", "kind": "Regio", "name": "X", "sources": ["article"] } ] }""");
        var store = await _database.OpenAsync();
        await Assert.ThrowsAsync<ValidationException>(() => SeedLoader.LoadIfEmptyAsync(store, seed.Directory));
        seed.Write("fix.json", """{ "entities": [ { "key": "x", "kind": "Region", "name": "X", "sources": ["article"] } ] }""");

        var result = await SeedLoader.LoadIfEmptyAsync(store, seed.Directory);

        Assert.True(result.Loaded);
        Assert.Equal(4, (await store.GetStatisticsAsync()).EntityCount);
    }

    [Fact]
    public async Task LoadIfEmptyAsync_throws_naming_a_missing_directory()
    {
        var store = await _database.OpenAsync();
        var missing = Path.Combine(Path.GetTempPath(), "knowledgegraph-seed-tests", Guid.NewGuid().ToString("N"));

        var exception = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => SeedLoader.LoadIfEmptyAsync(store, missing));

        Assert.Contains(missing, exception.Message);
    }

    [Fact]
    public async Task LoadAsync_is_idempotent_and_changes_nothing_the_second_time()
    {
        using var seed = TemporarySeed.Valid();
        var store = await _database.OpenAsync();
        var first = await SeedLoader.LoadAsync(store, seed.Directory);

        var second = await SeedLoader.LoadAsync(store, seed.Directory);

        Assert.True(first.Change!.Changed);
        Assert.False(second.Change!.Changed);
        Assert.Equal(first.Change.GraphVersion, second.Change.GraphVersion);
    }

    [Fact]
    public async Task LoadAsync_upserts_changed_records_into_a_non_empty_store()
    {
        using var seed = TemporarySeed.Valid();
        var store = await _database.OpenAsync();
        await SeedLoader.LoadAsync(store, seed.Directory);
        seed.Write("entities/all.json", TemporarySeed.Entities.Replace("\"name\": \"Khorgos\"", "\"name\": \"Khorgos border area\""));

        var result = await SeedLoader.LoadAsync(store, seed.Directory);

        Assert.Equal(1, result.Change!.EntitiesWritten);
        Assert.Equal("Khorgos border area", Assert.Single(await store.GetEntitiesAsync(["khorgos"])).Name);
    }

    [Fact]
    public async Task LoadIfEmptyAsync_loads_the_repository_seed_completely()
    {
        var document = SeedReader.ReadDirectory(RepositoryPaths.SeedDirectory);
        var store = await _database.OpenAsync();

        var result = await SeedLoader.LoadIfEmptyAsync(store, RepositoryPaths.SeedDirectory);

        var statistics = await store.GetStatisticsAsync();
        Assert.True(result.Loaded);
        Assert.Equal(document.Entities.Count, statistics.EntityCount);
        Assert.Equal(document.Relationships.Count, statistics.RelationshipCount);
        Assert.Equal(document.Sources.Count, statistics.SourceCount);
        Assert.Equal(GraphReport.Summarize(document).EntitiesByKind.OrderBy(p => p.Key), statistics.EntitiesByKind.Where(p => p.Value > 0).OrderBy(p => p.Key));
    }
}
