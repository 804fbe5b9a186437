using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class SeedReaderTests
{
    [Fact]
    public void ReadDirectory_reads_every_json_file_recursively_in_path_order()
    {
        using var seed = TemporarySeed.Valid().Write("research/deep/extra.json", """{ "sources": [ { "key": "extra", "title": "Extra" } ] }""");

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Empty(document.ReadErrors);
        Assert.Equal(
            ["seed/entities/all.json", "seed/relationships/all.json", "seed/research/deep/extra.json", "seed/sources.json"],
            document.Files);
        Assert.Equal(["extra", "article"], document.Sources.Select(s => s.Value.Key));
        Assert.Equal(3, document.Entities.Count);
        Assert.Equal(2, document.Relationships.Count);
    }

    [Fact]
    public void ReadDirectory_ignores_files_that_are_not_json()
    {
        using var seed = TemporarySeed.Valid().Write("README.md", "# not json {").Write("notes.txt", "{");

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Empty(document.ReadErrors);
        Assert.Equal(3, document.Files.Count);
    }

    [Fact]
    public async Task ReadDirectoryAsync_reads_the_same_document_as_ReadDirectory()
    {
        using var seed = TemporarySeed.Valid();

        var synchronous = SeedReader.ReadDirectory(seed.Directory);
        var asynchronous = await SeedReader.ReadDirectoryAsync(seed.Directory);

        Assert.Equal(synchronous.Files, asynchronous.Files);
        Assert.Equal(synchronous.Entities.Select(e => e.Origin), asynchronous.Entities.Select(e => e.Origin));
    }

    [Fact]
    public void ReadDirectory_maps_every_field_of_an_entity()
    {
        using var seed = new TemporarySeed().Write("e.json", """
            { "entities": [ {
                "key": "atasu-alashankou-oil-pipeline", "kind": "Project", "name": "Atasu – Alashankou oil pipeline",
                "aliases": ["Atasu-Alashankou oil pipeline"], "description": "Oil pipeline.",
                "properties": { "sector": "Energy", "startYear": 2004, "lengthKm": 962, "capacity": 20.5, "subsector": null },
                "sources": ["a", "b"] } ] }
            """);

        var entity = Assert.Single(SeedReader.ReadDirectory(seed.Directory).Entities).Value;

        Assert.Equal("atasu-alashankou-oil-pipeline", entity.Key);
        Assert.Equal(EntityKind.Project, entity.Kind);
        Assert.Equal("Atasu – Alashankou oil pipeline", entity.Name);
        Assert.Equal(["Atasu-Alashankou oil pipeline"], entity.Aliases);
        Assert.Equal("Oil pipeline.", entity.Description);
        Assert.Equal(["a", "b"], entity.SourceKeys);
        Assert.Equal(PropertyValue.FromText("Energy"), entity.Properties["sector"]);
        Assert.Equal(PropertyValue.FromInteger(2004), entity.Properties["startYear"]);
        Assert.Equal(PropertyValue.FromNumber(962), entity.Properties["lengthKm"]);
        Assert.Equal(PropertyValue.FromNumber(20.5), entity.Properties["capacity"]);
        Assert.False(entity.Properties.ContainsKey("subsector"));
    }

    [Fact]
    public void ReadDirectory_maps_every_field_of_a_relationship_and_a_source()
    {
        using var seed = new TemporarySeed().Write("r.json", """
            {
              "sources": [ { "key": "ogj", "title": "Pipeline completed", "publisher": "OGJ", "url": "https://example.org/ogj",
                             "publishedOn": "2005-11-15", "accessedOn": "2026-01-02" } ],
              "relationships": [ { "key": "k", "type": "FUNDED_BY", "from": "p", "to": "c", "role": "lender", "sinceYear": 2004,
                                   "untilYear": 2005, "amount": 700000000, "currency": "USD", "note": "n", "confidence": "Reported",
                                   "sources": ["ogj"] } ]
            }
            """);

        var document = SeedReader.ReadDirectory(seed.Directory);

        var source = Assert.Single(document.Sources).Value;
        Assert.Equal(("ogj", "Pipeline completed", "OGJ", "https://example.org/ogj"), (source.Key, source.Title, source.Publisher, source.Url));
        Assert.Equal(new DateOnly(2005, 11, 15), source.PublishedOn);
        Assert.Equal(new DateOnly(2026, 1, 2), source.AccessedOn);
        var relationship = Assert.Single(document.Relationships).Value;
        Assert.Equal(("k", RelationshipTypes.FundedBy, "p", "c", "lender"), (relationship.Key, relationship.Type, relationship.FromKey, relationship.ToKey, relationship.Role));
        Assert.Equal((2004, 2005), (relationship.SinceYear!.Value, relationship.UntilYear!.Value));
        Assert.Equal(700_000_000d, relationship.Amount);
        Assert.Equal("USD", relationship.Currency);
        Assert.Equal("n", relationship.Note);
        Assert.Equal(Confidence.Reported, relationship.Confidence);
        Assert.Equal(["ogj"], relationship.SourceKeys);
    }

    [Fact]
    public void ReadDirectory_defaults_confidence_to_confirmed_and_empty_strings_to_absent()
    {
        using var seed = new TemporarySeed().Write("r.json", """
            { "sources": [ { "key": "s", "title": "T", "url": "", "publisher": " " } ],
              "relationships": [ { "type": "LOCATED_IN", "from": "a", "to": "b", "role": "", "sources": ["s"] } ] }
            """);

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Null(document.Sources[0].Value.Url);
        Assert.Null(document.Sources[0].Value.Publisher);
        Assert.Equal(Confidence.Confirmed, document.Relationships[0].Value.Confidence);
        Assert.Null(document.Relationships[0].Value.Role);
    }

    [Fact]
    public void ReadDirectory_derives_a_stable_key_for_a_relationship_without_one()
    {
        using var seed = new TemporarySeed().Write("r.json", """
            { "relationships": [
                { "type": "PROPOSED_BY", "from": "belt-and-road-initiative", "to": "xi-jinping", "sources": ["s"] },
                { "type": "PART_OF", "from": "khorgos", "to": "kazakhstan", "role": "Kazakh side", "sources": ["s"] } ] }
            """);

        var keys = SeedReader.ReadDirectory(seed.Directory).Relationships.Select(r => r.Value.Key).ToList();

        Assert.Equal(["belt-and-road-initiative-proposed-by-xi-jinping", "khorgos-part-of-kazakhstan-kazakh-side"], keys);
        Assert.All(keys, k => Assert.True(KeyFormat.IsValid(k, ValidationLimits.RelationshipKeyMaxLength)));
    }

    [Fact]
    public void ReadDirectory_keeps_the_file_index_and_key_of_every_record()
    {
        using var seed = TemporarySeed.Valid();

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Equal(new SeedOrigin("seed/entities/all.json", "entities", 1, "khorgos"), document.Entities[1].Origin);
        Assert.Equal("seed/entities/all.json: entities[1] (key 'khorgos')", document.Entities[1].Origin.ToString());
        Assert.Equal("seed/relationships/all.json: relationships[0] (key 'khorgos-eastern-gate-located-in-khorgos')",
            document.Relationships[0].Origin.ToString());
    }

    [Fact]
    public void ReadDirectory_accepts_comments_and_trailing_commas()
    {
        using var seed = new TemporarySeed().Write("s.json", """
            {
              // curated by hand
              "sources": [ { "key": "s", "title": "T", /* no url yet */ }, ],
            }
            """);

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Empty(document.ReadErrors);
        Assert.Single(document.Sources);
    }

    [Fact]
    public void ReadDirectory_reports_invalid_json_with_file_line_and_column_and_reads_the_other_files()
    {
        using var seed = TemporarySeed.Valid().Write("broken.json", "{\n  \"sources\": [\n    { \"key\": \"s\" \"title\": \"T\" }\n  ]\n}\n");

        var document = SeedReader.ReadDirectory(seed.Directory);

        var error = Assert.Single(document.ReadErrors);
        Assert.Equal(SeedErrorCodes.InvalidJson, error.Code);
        Assert.Equal("seed/broken.json (line 3, column 18)", error.Path);
        Assert.StartsWith("Invalid JSON: ", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.Equal(3, document.Entities.Count);
    }

    [Fact]
    public void ReadDirectory_reports_a_property_given_twice_in_one_record()
    {
        using var seed = new TemporarySeed().Write("d.json", """{ "sources": [ { "key": "s", "key": "t", "title": "T" } ] }""");

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal(SeedErrorCodes.InvalidJson, error.Code);
        Assert.StartsWith("seed/d.json", error.Path);
    }

    [Fact]
    public void ReadDirectory_reports_an_unknown_field_naming_the_record_and_the_closest_field()
    {
        using var seed = new TemporarySeed().Write("entities/e.json", """
            { "entities": [ { "key": "kazakhstan", "kind": "Region", "name": "Kazakhstan", "soruces": ["s"] } ] }
            """);

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal(SeedErrorCodes.UnknownField, error.Code);
        Assert.Equal("seed/entities/e.json: entities[0] (key 'kazakhstan').soruces", error.Path);
        Assert.Contains("did you mean 'sources'?", error.Message);
    }

    [Fact]
    public void ReadDirectory_reports_an_unknown_top_level_array()
    {
        using var seed = new TemporarySeed().Write("e.json", """{ "entity": [] }""");

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal((SeedErrorCodes.UnknownField, "seed/e.json: entity"), (error.Code, error.Path));
        Assert.Contains("did you mean 'entities'?", error.Message);
    }

    [Theory]
    [InlineData("""[ { "key": "s" } ]""", "seed/f.json")]
    [InlineData("""{ "sources": { "key": "s" } }""", "seed/f.json: sources")]
    [InlineData("""{ "sources": [ "seed-article" ] }""", "seed/f.json: sources[0]")]
    [InlineData("""{ "entities": [ { "key": "k", "kind": "Region", "name": 7, "sources": ["s"] } ] }""", "seed/f.json: entities[0] (key 'k').name")]
    [InlineData("""{ "entities": [ { "key": "k", "kind": "Region", "name": "N", "sources": "s" } ] }""", "seed/f.json: entities[0] (key 'k').sources")]
    [InlineData("""{ "entities": [ { "key": "k", "kind": "Region", "name": "N", "aliases": [1], "sources": ["s"] } ] }""", "seed/f.json: entities[0] (key 'k').aliases[0]")]
    [InlineData("""{ "entities": [ { "key": "k", "kind": "Region", "name": "N", "properties": [], "sources": ["s"] } ] }""", "seed/f.json: entities[0] (key 'k').properties")]
    [InlineData("""{ "entities": [ { "key": "k", "kind": "Region", "name": "N", "properties": { "level": true }, "sources": ["s"] } ] }""", "seed/f.json: entities[0] (key 'k').properties.level")]
    [InlineData("""{ "relationships": [ { "key": "r", "type": "PART_OF", "from": "a", "to": "b", "sinceYear": "2004", "sources": ["s"] } ] }""", "seed/f.json: relationships[0] (key 'r').sinceYear")]
    [InlineData("""{ "relationships": [ { "key": "r", "type": "PART_OF", "from": "a", "to": "b", "sinceYear": 2004.5, "sources": ["s"] } ] }""", "seed/f.json: relationships[0] (key 'r').sinceYear")]
    [InlineData("""{ "relationships": [ { "key": "r", "type": "PART_OF", "from": "a", "to": "b", "amount": "7", "sources": ["s"] } ] }""", "seed/f.json: relationships[0] (key 'r').amount")]
    [InlineData("""{ "relationships": [ { "key": "r", "type": "PART_OF", "from": 3, "to": "b", "sources": ["s"] } ] }""", "seed/f.json: relationships[0] (key 'r').from")]
    public void ReadDirectory_reports_a_wrong_json_type_at_its_path(string json, string path)
    {
        using var seed = new TemporarySeed().Write("f.json", json);

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal((SeedErrorCodes.WrongJsonType, path), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("2005/11/15")]
    [InlineData("15.11.2005")]
    [InlineData("2005-13-01")]
    public void ReadDirectory_reports_a_date_not_written_yyyy_mm_dd(string date)
    {
        using var seed = new TemporarySeed().Write("s.json", $$"""{ "sources": [ { "key": "s", "title": "T", "publishedOn": "{{date}}" } ] }""");

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal((ValidationCodes.InvalidDate, "seed/s.json: sources[0] (key 's').publishedOn"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("Projekt", "did you mean 'Project'?")]
    [InlineData("project", "did you mean 'Project'?")]
    [InlineData("3", "known kinds")]
    [InlineData("Project, Region", "known kinds")]
    public void ReadDirectory_reports_an_unknown_kind_naming_the_record(string kind, string hint)
    {
        using var seed = new TemporarySeed().Write("e.json", $$"""{ "entities": [ { "key": "k", "kind": "{{kind}}", "name": "N", "sources": ["s"] } ] }""");

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal((ValidationCodes.UnknownKind, "seed/e.json: entities[0] (key 'k').kind"), (error.Code, error.Path));
        Assert.Contains(hint, error.Message);
    }

    [Theory]
    [InlineData("confirmed")]
    [InlineData("1")]
    [InlineData("Likely")]
    public void ReadDirectory_reports_an_unknown_confidence(string confidence)
    {
        using var seed = new TemporarySeed().Write("r.json",
            $$"""{ "relationships": [ { "key": "r", "type": "PART_OF", "from": "a", "to": "b", "confidence": "{{confidence}}", "sources": ["s"] } ] }""");

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal((ValidationCodes.InvalidConfidence, "seed/r.json: relationships[0] (key 'r').confidence"), (error.Code, error.Path));
    }

    [Fact]
    public void ReadDirectory_reports_a_directory_without_json_files()
    {
        using var seed = new TemporarySeed().Write("README.md", "# empty");

        var error = Assert.Single(SeedReader.ReadDirectory(seed.Directory).ReadErrors);

        Assert.Equal(SeedErrorCodes.NoSeedFiles, error.Code);
    }

    [Fact]
    public void ReadDirectory_throws_naming_a_directory_that_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "knowledgegraph-seed-tests", Guid.NewGuid().ToString("N"));

        var exception = Assert.Throws<DirectoryNotFoundException>(() => SeedReader.ReadDirectory(missing));

        Assert.Contains(missing, exception.Message);
    }

    [Fact]
    public async Task ReadPathAsync_reads_a_single_seed_file_naming_it_by_its_file_name()
    {
        using var seed = new TemporarySeed().Write("export.json", """
            { "sources": [ { "key": "article", "title": "Article" } ],
              "entities": [ { "key": "khorgos", "kind": "Regoin", "name": "Khorgos", "sources": ["article"] } ] }
            """);
        var file = Path.Combine(seed.Directory, "export.json");

        var document = await SeedReader.ReadPathAsync(file);

        Assert.Equal(["export.json"], document.Files);
        Assert.Equal(file, document.Directory);
        Assert.Single(document.Sources);
        var error = Assert.Single(document.ReadErrors);
        Assert.Equal("export.json: entities[0] (key 'khorgos').kind", error.Path);
    }

    [Fact]
    public async Task ReadPathAsync_reads_a_directory_as_ReadDirectoryAsync_does()
    {
        using var seed = TemporarySeed.Valid();

        var document = await SeedReader.ReadPathAsync(seed.Directory);

        Assert.Equal(3, document.Files.Count);
        Assert.Equal(3, document.Entities.Count);
    }
}
