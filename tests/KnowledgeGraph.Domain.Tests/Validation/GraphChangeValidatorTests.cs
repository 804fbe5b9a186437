using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Domain.Tests.Validation.ValidationAssert;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class GraphChangeValidatorTests
{
    [Fact]
    public void Validate_returns_no_error_for_a_valid_change_set()
    {
        var changes = ChangeSets.Valid();

        var errors = Validate(changes);

        Valid(errors);
    }

    [Fact]
    public void Validate_returns_no_error_for_an_empty_change_set()
    {
        Valid(Validate(new GraphChangeSet()));
    }

    [Fact]
    public void Validate_reports_every_problem_not_only_the_first()
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("Bad Key", EntityKind.Project) with { Name = "" }) with
        {
            UpsertRelationships = [ChangeSets.Relationship("CONECTS", "khorgos-eastern-gate", "nowhere")],
        };

        var errors = Validate(changes);

        Assert.Equal(
            [ValidationCodes.InvalidKey, ValidationCodes.Required, ValidationCodes.MissingEndpoint, ValidationCodes.UnknownRelationshipType],
            errors.Select(e => e.Code).ToArray());
    }

    [Fact]
    public void EnsureValid_throws_a_validation_exception_listing_every_error()
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("a", EntityKind.Project) with { Name = " ", SourceKeys = [] });

        var exception = Assert.Throws<ValidationException>(() => GraphChangeValidator.EnsureValid(changes, ExistingGraph.Empty));

        Assert.Equal(DomainErrorCodes.ValidationFailed, exception.Code);
        Assert.Equal(2, exception.Errors.Count);
        Assert.StartsWith("2 problems, the first: entities[2].name", exception.Message);
    }

    [Fact]
    public void EnsureValid_does_not_throw_for_a_valid_change_set()
    {
        var exception = Record.Exception(() => GraphChangeValidator.EnsureValid(ChangeSets.Valid(), ExistingGraph.Empty));

        Assert.Null(exception);
    }

    [Fact]
    public void Validate_names_records_with_the_given_record_path()
    {
        var changes = ChangeSets.WithRelationship(ChangeSets.Relationship("CONECTS", "khorgos-eastern-gate", "khorgos"));

        var errors = GraphChangeValidator.Validate(changes, ExistingGraph.Empty, (section, index) => $"file.json: {section}#{index}");

        var error = Single(errors, "file.json: Relationships#1.type", ValidationCodes.UnknownRelationshipType);
        Assert.Contains("did you mean 'CONNECTS'?", error.Message);
    }

    [Fact]
    public void Validate_spells_no_record_path_for_a_valid_change_set()
    {
        var spelt = new List<(ChangeSetSection, int)>();

        var errors = GraphChangeValidator.Validate(ChangeSets.Valid(), ExistingGraph.Empty, (section, index) =>
        {
            spelt.Add((section, index));
            return $"{section}#{index}";
        });

        Valid(errors);
        Assert.Empty(spelt);
    }

    [Fact]
    public void Validate_spells_the_path_of_each_record_with_a_problem_only()
    {
        var changes = ChangeSets.WithRelationship(ChangeSets.Relationship("CONECTS", "khorgos-eastern-gate", "nowhere"));
        var spelt = new List<(ChangeSetSection, int)>();

        var errors = GraphChangeValidator.Validate(changes, ExistingGraph.Empty, (section, index) =>
        {
            spelt.Add((section, index));
            return $"file.json: {section}#{index}";
        });

        Assert.Equal(["file.json: Relationships#1.to", "file.json: Relationships#1.type"], errors.Select(e => e.Path).ToArray());
        Assert.Equal([(ChangeSetSection.Relationships, 1), (ChangeSetSection.Relationships, 1)], spelt);
    }

    [Fact]
    public void ReferencedEntityKeys_leaves_out_the_keys_the_caller_knows()
    {
        var changes = ChangeSets.Valid() with
        {
            UpsertRelationships =
            [
                ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "kazakhstan"),
                ChangeSets.Relationship(RelationshipTypes.LocatedIn, "almaty", "kazakhstan"),
                ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos", "china"),
            ],
        };

        var keys = GraphChangeValidator.ReferencedEntityKeys(changes, key => key == "kazakhstan");

        Assert.Equal(["almaty", "china"], keys.ToArray());
    }

    [Fact]
    public void ReferencedSourceKeys_leaves_out_the_keys_the_caller_knows()
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("kazakhstan", EntityKind.Region, null, ChangeSets.SourceKey, "stored-source", "earlier-source"));

        var keys = GraphChangeValidator.ReferencedSourceKeys(changes, key => key == "earlier-source");

        Assert.Equal(["stored-source"], keys.ToArray());
    }

    [Fact]
    public void ReferencedEntityKeys_lists_endpoints_the_change_set_does_not_define()
    {
        var changes = ChangeSets.WithRelationship(ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "kazakhstan"));

        var keys = GraphChangeValidator.ReferencedEntityKeys(changes);

        Assert.Equal(["kazakhstan"], keys.ToArray());
    }

    [Fact]
    public void ReferencedSourceKeys_lists_cited_sources_the_change_set_does_not_define()
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("kazakhstan", EntityKind.Region, null, ChangeSets.SourceKey, "stored-source"));

        var keys = GraphChangeValidator.ReferencedSourceKeys(changes);

        Assert.Equal(["stored-source"], keys.ToArray());
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("KZT", true)]
    [InlineData("usd", false)]
    [InlineData("US", false)]
    [InlineData("USDT", false)]
    [InlineData("U5D", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCurrencyCode_accepts_three_upper_case_letters_only(string? code, bool expected)
    {
        Assert.Equal(expected, GraphChangeValidator.IsCurrencyCode(code));
    }

    [Theory]
    [InlineData("https://chinastudies.kz/en/kazakhstan-and-china-en/18765", true)]
    [InlineData("http://xinhuanet.com/english/2020-07/30/c_139251568.htm", true)]
    [InlineData("ftp://example.org/file", false)]
    [InlineData("/relative/path", false)]
    [InlineData("example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://", false)]
    [InlineData(null, false)]
    public void IsHttpUrl_accepts_absolute_http_and_https_urls_only(string? url, bool expected)
    {
        Assert.Equal(expected, GraphChangeValidator.IsHttpUrl(url));
    }
}
