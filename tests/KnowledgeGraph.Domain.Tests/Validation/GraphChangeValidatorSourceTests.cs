using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using Xunit;
using static KnowledgeGraph.Domain.Tests.Validation.ValidationAssert;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class GraphChangeValidatorSourceTests
{
    [Fact]
    public void Validate_rejects_an_entity_that_cites_no_source()
    {
        var errors = Validate(ChangeSets.WithEntity(ChangeSets.Entity("altynkol", EntityKind.Region) with { SourceKeys = [] }));

        Single(errors, "entities[2].sources", ValidationCodes.SourceRequired);
    }

    [Fact]
    public void Validate_rejects_a_relationship_that_cites_no_source()
    {
        var relationship = ChangeSets.Relationship(RelationshipTypes.Connects, "khorgos-eastern-gate", "khorgos") with { SourceKeys = [] };

        Single(Validate(ChangeSets.WithRelationship(relationship)), "relationships[1].sources", ValidationCodes.SourceRequired);
    }

    [Fact]
    public void Validate_rejects_a_citation_of_a_source_that_does_not_exist()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region, null, "articel");

        var error = Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].sources[0]", ValidationCodes.UnknownSource);

        Assert.Contains("did you mean 'article'?", error.Message);
    }

    [Fact]
    public void Validate_resolves_citations_against_the_existing_graph()
    {
        var existing = new ExistingGraph(new Dictionary<string, EntityKind>(), ["stored-report"]);
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region, null, "stored-report");

        Valid(Validate(ChangeSets.WithEntity(entity), existing));
    }

    [Fact]
    public void Validate_rejects_a_source_cited_twice_by_one_fact()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region, null, ChangeSets.SourceKey, ChangeSets.SourceKey);

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].sources[1]", ValidationCodes.DuplicateValue);
    }

    [Fact]
    public void Validate_rejects_a_citation_of_a_source_deleted_in_the_same_change()
    {
        var existing = new ExistingGraph(new Dictionary<string, EntityKind>(), ["old-report"]);
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("altynkol", EntityKind.Region, null, "old-report")) with
        {
            DeleteSourceKeys = ["old-report"],
        };

        Single(Validate(changes, existing), "entities[2].sources[0]", ValidationCodes.UnknownSource);
    }

    [Theory]
    [InlineData("chinastudies.kz/en/kazakhstan-and-china-en/18765")]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void Validate_rejects_a_source_url_that_is_not_absolute_http(string url)
    {
        var errors = Validate(ChangeSets.WithSource(ChangeSets.Source("report") with { Url = url }));

        Single(errors, "sources[1].url", ValidationCodes.InvalidUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_accepts_a_source_without_url(string? url)
    {
        Valid(Validate(ChangeSets.WithSource(ChangeSets.Source("report") with { Url = url })));
    }

    [Fact]
    public void Validate_rejects_a_source_without_title()
    {
        Single(Validate(ChangeSets.WithSource(ChangeSets.Source("report") with { Title = "" })), "sources[1].title", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_rejects_a_source_accessed_before_it_was_published()
    {
        var source = ChangeSets.Source("report") with { PublishedOn = new DateOnly(2025, 5, 2), AccessedOn = new DateOnly(2025, 5, 1) };

        Single(Validate(ChangeSets.WithSource(source)), "sources[1].accessedOn", ValidationCodes.InvalidDate);
    }

    [Fact]
    public void Validate_rejects_a_publisher_longer_than_the_limit()
    {
        var source = ChangeSets.Source("report") with { Publisher = new string('p', ValidationLimits.PublisherMaxLength + 1) };

        Single(Validate(ChangeSets.WithSource(source)), "sources[1].publisher", ValidationCodes.TooLong);
    }
}
