using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using Xunit;
using static KnowledgeGraph.Domain.Tests.Validation.ValidationAssert;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class GraphChangeValidatorCitationTests
{
    private static readonly Entity Project = ChangeSets.Entity(
        "altynkol-dry-port", EntityKind.Project, new() { ["startYear"] = PropertyValue.FromInteger(2021) });

    [Fact]
    public void Validate_accepts_citations_of_listed_sources_about_fields_the_record_holds()
    {
        var entity = Project with
        {
            Description = "Dry port.",
            Citations =
            [
                new Citation { SourceKey = ChangeSets.SourceKey, Quote = "Altynkol opened in 2021.", About = "startYear" },
                new Citation { SourceKey = ChangeSets.SourceKey, Locator = "p. 2", About = "description" },
                new Citation { SourceKey = ChangeSets.SourceKey, About = "name" },
            ],
        };
        var relationship = ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "khorgos") with
        {
            Key = "hub-in-khorgos",
            SinceYear = 2011,
            Citations = [new Citation { SourceKey = ChangeSets.SourceKey, About = "sinceYear" }],
        };

        Valid(Validate(ChangeSets.WithEntity(entity) with { UpsertRelationships = [.. ChangeSets.Valid().UpsertRelationships, relationship] }));
    }

    [Fact]
    public void Validate_rejects_a_citation_of_a_source_the_record_does_not_list_naming_the_listed_ones()
    {
        var entity = Project with { Citations = [new Citation { SourceKey = "other-report" }] };

        var error = Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].citations[0].source", ValidationCodes.CitationSourceNotListed);

        Assert.Contains("article", error.Message);
    }

    [Theory]
    [InlineData("lengthKm")]
    [InlineData("description")]
    [InlineData("sinceYear")]
    public void Validate_rejects_a_citation_about_a_field_the_entity_does_not_hold(string about)
    {
        var entity = Project with { Citations = [new Citation { SourceKey = ChangeSets.SourceKey, About = about }] };

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].citations[0].about", ValidationCodes.CitationAboutUnknown);
    }

    [Fact]
    public void Validate_rejects_a_relationship_citation_about_a_year_it_does_not_have()
    {
        var relationship = ChangeSets.Relationship(RelationshipTypes.Connects, "khorgos-eastern-gate", "khorgos") with
        {
            Citations = [new Citation { SourceKey = ChangeSets.SourceKey, About = "untilYear" }],
        };

        Single(Validate(ChangeSets.WithRelationship(relationship)), "relationships[1].citations[0].about", ValidationCodes.CitationAboutUnknown);
    }

    [Fact]
    public void Validate_rejects_a_blank_or_too_long_quote_and_a_too_long_locator()
    {
        var entity = Project with
        {
            Citations =
            [
                new Citation { SourceKey = ChangeSets.SourceKey, Quote = " \n " },
                new Citation { SourceKey = ChangeSets.SourceKey, Quote = new string('q', ValidationLimits.QuoteMaxLength + 1) },
                new Citation { SourceKey = ChangeSets.SourceKey, Locator = new string('l', ValidationLimits.LocatorMaxLength + 1) },
            ],
        };

        var errors = Validate(ChangeSets.WithEntity(entity));

        Assert.Equal(
            [
                ("entities[2].citations[0].quote", ValidationCodes.Required),
                ("entities[2].citations[1].quote", ValidationCodes.TooLong),
                ("entities[2].citations[2].locator", ValidationCodes.TooLong),
            ],
            errors.Select(e => (e.Path, e.Code)));
    }
}
