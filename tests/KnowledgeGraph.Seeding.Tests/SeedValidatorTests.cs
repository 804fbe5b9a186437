using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class SeedValidatorTests
{
    [Fact]
    public void Validate_returns_no_error_for_a_valid_seed()
    {
        using var seed = TemporarySeed.Valid();

        var errors = SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_reports_an_unknown_kind_once_naming_file_and_record()
    {
        using var seed = TemporarySeed.Valid().Write("entities/more.json", """
            { "entities": [ { "key": "astana", "kind": "City", "name": "Astana", "sources": ["article"] } ],
              "relationships": [ { "type": "LOCATED_IN", "from": "khorgos-eastern-gate", "to": "astana", "sources": ["article"] } ] }
            """);

        var errors = SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory));

        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.UnknownKind, error.Code);
        Assert.Equal("seed/entities/more.json: entities[0] (key 'astana').kind", error.Path);
        Assert.Contains("'City'", error.Message);
    }

    [Fact]
    public void Validate_reports_an_unknown_relationship_type_naming_file_and_record()
    {
        using var seed = TemporarySeed.Valid().Write("relationships/typo.json", """
            { "relationships": [ { "key": "dostyk-alashankou", "type": "CONECTS", "from": "khorgos-eastern-gate", "to": "khorgos", "sources": ["article"] } ] }
            """);

        var errors = SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory));

        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.UnknownRelationshipType, error.Code);
        Assert.StartsWith(
            "seed/relationships/typo.json: relationships[0] (key 'dostyk-alashankou').type: Unknown relationship type 'CONECTS' (did you mean 'CONNECTS'?)",
            error.ToString());
    }

    [Fact]
    public void Validate_reports_a_relationship_against_the_direction_of_its_type()
    {
        using var seed = TemporarySeed.Valid().Write("relationships/reversed.json", """
            { "relationships": [ { "type": "LOCATED_IN", "from": "khorgos", "to": "khorgos-eastern-gate", "sources": ["article"] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal(ValidationCodes.RelationshipNotAllowed, error.Code);
        Assert.Equal("seed/relationships/reversed.json: relationships[0] (key 'khorgos-located-in-khorgos-eastern-gate').type", error.Path);
    }

    [Fact]
    public void Validate_reports_a_missing_endpoint_naming_file_and_record()
    {
        using var seed = TemporarySeed.Valid().Write("relationships/missing.json", """
            { "relationships": [ { "type": "CONNECTS", "from": "khorgos-eastern-gate", "to": "altynkol", "sources": ["article"] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal(ValidationCodes.MissingEndpoint, error.Code);
        Assert.Equal("seed/relationships/missing.json: relationships[0] (key 'khorgos-eastern-gate-connects-altynkol').to", error.Path);
        Assert.Contains("'altynkol'", error.Message);
    }

    [Fact]
    public void Validate_reports_a_duplicate_key_across_files_naming_both_records()
    {
        using var seed = TemporarySeed.Valid().Write("research/regions.json", """
            { "entities": [ { "key": "khorgos", "kind": "Region", "name": "Khorgos (research)", "sources": ["article"] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal(ValidationCodes.DuplicateKey, error.Code);
        Assert.Equal("seed/research/regions.json: entities[0] (key 'khorgos').key", error.Path);
        Assert.Contains("seed/entities/all.json: entities[1] (key 'khorgos')", error.Message);
    }

    [Fact]
    public void Validate_reports_two_relationships_that_derive_the_same_key()
    {
        using var seed = TemporarySeed.Valid().Write("relationships/more.json", """
            { "relationships": [ { "type": "LOCATED_IN", "from": "khorgos-eastern-gate", "to": "khorgos", "note": "again", "sources": ["article"] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal(ValidationCodes.DuplicateKey, error.Code);
        Assert.StartsWith("seed/relationships/more.json: relationships[0]", error.Path);
    }

    [Fact]
    public void Validate_reports_facts_without_a_source_naming_file_and_record()
    {
        using var seed = TemporarySeed.Valid().Write("unsourced.json", """
            { "entities": [ { "key": "altynkol", "kind": "Region", "name": "Altynkol" } ],
              "relationships": [ { "key": "r", "type": "LOCATED_IN", "from": "khorgos-eastern-gate", "to": "altynkol", "sources": [] } ] }
            """);

        var errors = SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory));

        Assert.Equal(
            [
                ("seed/unsourced.json: entities[0] (key 'altynkol').sources", ValidationCodes.SourceRequired),
                ("seed/unsourced.json: relationships[0] (key 'r').sources", ValidationCodes.SourceRequired),
            ],
            errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_reports_a_citation_of_a_source_no_file_defines()
    {
        using var seed = TemporarySeed.Valid().Write("e.json", """
            { "entities": [ { "key": "altynkol", "kind": "Region", "name": "Altynkol", "sources": ["artcle"] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal((ValidationCodes.UnknownSource, "seed/e.json: entities[0] (key 'altynkol').sources[0]"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("\"startYear\": \"2004\"", "startYear", ValidationCodes.PropertyType)]
    [InlineData("\"startYear\": 2004.5", "startYear", ValidationCodes.PropertyType)]
    [InlineData("\"lengthKm\": \"962 km\"", "lengthKm", ValidationCodes.PropertyType)]
    [InlineData("\"sector\": 3", "sector", ValidationCodes.PropertyType)]
    [InlineData("\"status\": \"Done\"", "status", ValidationCodes.ValueNotAllowed)]
    [InlineData("\"startYear\": 1066", "startYear", ValidationCodes.OutOfRange)]
    [InlineData("\"level\": \"Country\"", "level", ValidationCodes.UnknownProperty)]
    public void Validate_reports_a_property_of_the_wrong_type_or_value_naming_file_record_and_property(
        string property, string name, string code)
    {
        using var seed = TemporarySeed.Valid().Write("entities/projects.json", $$"""
            { "entities": [ { "key": "pipeline", "kind": "Project", "name": "Pipeline", "properties": { {{property}} }, "sources": ["article"] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal((code, $"seed/entities/projects.json: entities[0] (key 'pipeline').properties.{name}"), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_reads_a_whole_number_as_a_number_for_a_number_property()
    {
        using var seed = TemporarySeed.Valid();

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Equal(PropertyValue.FromNumber(4), document.Entities[0].Value.Properties["lengthKm"]);
        Assert.Empty(SeedValidator.Validate(document));
    }

    [Fact]
    public void Validate_lists_reader_errors_before_domain_errors()
    {
        using var seed = TemporarySeed.Valid()
            .Write("a.json", """{ "entities": [ { "key": "Bad Key", "kind": "Region", "name": "X", "sources": ["article"] } ] }""")
            .Write("b.json", "{ not json");

        var errors = SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory));

        Assert.Equal([SeedErrorCodes.InvalidJson, ValidationCodes.InvalidKey], errors.Select(e => e.Code));
    }

    [Fact]
    public void EnsureValid_throws_a_validation_exception_with_every_error()
    {
        using var seed = TemporarySeed.Valid().Write("bad.json", """
            { "entities": [ { "key": "a", "kind": "Region", "name": "" }, { "key": "b", "kind": "Regio", "name": "B", "sources": ["article"] } ] }
            """);
        var document = SeedReader.ReadDirectory(seed.Directory);

        var exception = Assert.Throws<ValidationException>(() => SeedValidator.EnsureValid(document));

        Assert.Equal(3, exception.Errors.Count);
        Assert.Contains("seed/bad.json", exception.Message);
    }
}
