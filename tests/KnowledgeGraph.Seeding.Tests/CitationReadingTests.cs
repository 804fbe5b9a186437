using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class CitationReadingTests
{
    [Fact]
    public void Citations_are_read_into_the_records_with_every_field()
    {
        using var seed = TemporarySeed.Valid().Write("more.json", """
            { "entities": [ { "key": "astana", "kind": "Region", "name": "Astana", "sources": ["article"],
                "citations": [ { "source": "article", "quote": " Astana, the capital ", "locator": "p. 2", "about": "name" }, { "source": "article" } ] } ],
              "relationships": [ { "type": "LOCATED_IN", "from": "khorgos-eastern-gate", "to": "astana", "sinceYear": 2014, "sources": ["article"],
                "citations": [ { "source": "article", "about": "sinceYear" } ] } ] }
            """);

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Equal(
            [new Citation { SourceKey = "article", Quote = " Astana, the capital ", Locator = "p. 2", About = "name" }, new Citation { SourceKey = "article" }],
            document.Entities.Single(e => e.Value.Key == "astana").Value.Citations);
        Assert.Equal([new Citation { SourceKey = "article", About = "sinceYear" }], document.Relationships.Single(r => r.Value.ToKey == "astana").Value.Citations);
        Assert.Empty(SeedValidator.Validate(document));
    }

    [Fact]
    public void A_citation_that_is_not_an_object_or_has_an_unknown_field_is_a_reading_error_at_the_citation()
    {
        using var seed = TemporarySeed.Valid().Write("more.json", """
            { "entities": [ { "key": "astana", "kind": "Region", "name": "Astana", "sources": ["article"],
                "citations": [ "article", { "source": "article", "page": 2 } ] } ] }
            """);

        var errors = SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory));

        Assert.Equal(
            [
                (SeedErrorCodes.WrongJsonType, "seed/more.json: entities[0] (key 'astana').citations[0]"),
                (SeedErrorCodes.UnknownField, "seed/more.json: entities[0] (key 'astana').citations[1].page"),
            ],
            errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_quote_longer_than_the_limit_is_too_long()
    {
        var quote = new string('a', ValidationLimits.QuoteMaxLength + 1);
        using var seed = TemporarySeed.Valid().Write("more.json", $$"""
            { "entities": [ { "key": "astana", "kind": "Region", "name": "Astana", "sources": ["article"],
                "citations": [ { "source": "article", "quote": "{{quote}}" } ] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal((ValidationCodes.TooLong, "seed/more.json: entities[0] (key 'astana').citations[0].quote"), (error.Code, error.Path));
    }

    [Fact]
    public void The_same_citation_twice_is_a_duplicate()
    {
        using var seed = TemporarySeed.Valid().Write("more.json", """
            { "entities": [ { "key": "astana", "kind": "Region", "name": "Astana", "sources": ["article"],
                "citations": [ { "source": "article", "quote": "Astana" }, { "source": "article", "quote": "Astana" } ] } ] }
            """);

        var error = Assert.Single(SeedValidator.Validate(SeedReader.ReadDirectory(seed.Directory)));

        Assert.Equal((ValidationCodes.DuplicateValue, "seed/more.json: entities[0] (key 'astana').citations[1]"), (error.Code, error.Path));
    }

    [Fact]
    public void An_archive_outside_the_seed_directory_is_not_read()
    {
        using var seed = TemporarySeed.Valid()
            .Write("../outside.txt", "secret")
            .Write("more.json", """{ "sources": [ { "key": "speech", "title": "A speech", "archive": "../outside.txt" } ] }""");

        var document = SeedReader.ReadDirectory(seed.Directory);

        Assert.Null(Assert.Single(document.Archives).Value.Text);
        var error = Assert.Single(SeedValidator.Validate(document));
        Assert.Equal((SeedErrorCodes.ArchiveNotFound, "seed/more.json: sources[0] (key 'speech').archive"), (error.Code, error.Path));
    }

    [Fact]
    public async Task An_archive_is_read_the_same_way_by_the_asynchronous_reader()
    {
        using var seed = TemporarySeed.CopyOf(Path.Combine(RepositoryPaths.Fixtures, "Provenance", "valid", "seed"));

        var document = await SeedReader.ReadDirectoryAsync(seed.Directory);

        Assert.Contains("Khorgos", Assert.Single(document.Archives).Value.Text, StringComparison.Ordinal);
        Assert.Empty(SeedValidator.Validate(document));
    }
}
