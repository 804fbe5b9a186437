using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using Xunit;
using static KnowledgeGraph.Domain.Tests.Validation.ValidationAssert;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class GraphChangeValidatorRelationshipTests
{
    private static readonly Relationship Located = ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "khorgos", "extra");

    [Fact]
    public void Validate_rejects_an_unknown_relationship_type_and_suggests_the_closest()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { Type = "CONECTS" }));

        var error = Single(errors, "relationships[1].type", ValidationCodes.UnknownRelationshipType);
        Assert.Contains("'CONECTS'", error.Message);
        Assert.Contains("did you mean 'CONNECTS'?", error.Message);
    }

    [Fact]
    public void Validate_compares_relationship_types_case_sensitively()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { Type = "located_in" }));

        Single(errors, "relationships[1].type", ValidationCodes.UnknownRelationshipType);
    }

    [Fact]
    public void Validate_rejects_a_missing_relationship_type()
    {
        Single(Validate(ChangeSets.WithRelationship(Located with { Type = "" })), "relationships[1].type", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_rejects_a_type_between_kinds_it_does_not_allow()
    {
        // LEADER_OF goes from a person; a project cannot lead a region.
        var errors = Validate(ChangeSets.WithRelationship(Located with { Type = RelationshipTypes.LeaderOf }));

        var error = Single(errors, "relationships[1].type", ValidationCodes.RelationshipNotAllowed);
        Assert.Contains("Project → Region", error.Message);
        Assert.DoesNotContain("reversed", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_reversed_relationship_and_says_so()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { FromKey = "khorgos", ToKey = "khorgos-eastern-gate" }));

        var error = Single(errors, "relationships[1].type", ValidationCodes.RelationshipNotAllowed);
        Assert.Contains("swap from and to", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_relationship_whose_endpoint_does_not_exist()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { ToKey = "khorgoss" }));

        var error = Single(errors, "relationships[1].to", ValidationCodes.MissingEndpoint);
        Assert.Contains("did you mean 'khorgos'?", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_relationship_without_an_endpoint()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { FromKey = "" }));

        Single(errors, "relationships[1].from", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_resolves_endpoints_against_the_existing_graph()
    {
        var existing = new ExistingGraph(new Dictionary<string, EntityKind> { ["kazakhstan"] = EntityKind.Region }, []);
        var changes = ChangeSets.WithRelationship(Located with { ToKey = "kazakhstan" });

        Valid(Validate(changes, existing));
    }

    [Fact]
    public void Validate_checks_kinds_of_existing_endpoints_too()
    {
        var existing = new ExistingGraph(new Dictionary<string, EntityKind> { ["xi-jinping"] = EntityKind.Person }, []);
        var changes = ChangeSets.WithRelationship(Located with { ToKey = "xi-jinping" });

        Single(Validate(changes, existing), "relationships[1].type", ValidationCodes.RelationshipNotAllowed);
    }

    [Fact]
    public void Validate_prefers_the_kind_in_the_change_set_over_the_stored_one()
    {
        var existing = new ExistingGraph(new Dictionary<string, EntityKind> { ["khorgos"] = EntityKind.Person }, []);

        Valid(Validate(ChangeSets.Valid(), existing));
    }

    [Fact]
    public void Validate_rejects_a_relationship_to_an_entity_deleted_in_the_same_change()
    {
        var existing = new ExistingGraph(new Dictionary<string, EntityKind> { ["kazakhstan"] = EntityKind.Region }, []);
        var changes = ChangeSets.WithRelationship(Located with { ToKey = "kazakhstan" }) with { DeleteEntityKeys = ["kazakhstan"] };

        Single(Validate(changes, existing), "relationships[1].to", ValidationCodes.MissingEndpoint);
    }

    [Fact]
    public void Validate_rejects_since_year_after_until_year()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { SinceYear = 2020, UntilYear = 2019 }));

        Single(errors, "relationships[1].untilYear", ValidationCodes.InvalidYearRange);
    }

    [Fact]
    public void Validate_accepts_since_year_equal_to_until_year()
    {
        Valid(Validate(ChangeSets.WithRelationship(Located with { SinceYear = 2013, UntilYear = 2013 })));
    }

    [Theory]
    [InlineData(999)]
    [InlineData(2201)]
    public void Validate_rejects_a_year_outside_the_plausible_range(int year)
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { SinceYear = year }));

        Single(errors, "relationships[1].sinceYear", ValidationCodes.OutOfRange);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("$")]
    public void Validate_rejects_a_currency_that_is_not_iso_4217_shaped(string currency)
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { Amount = 700, Currency = currency }));

        Single(errors, "relationships[1].currency", ValidationCodes.InvalidCurrency);
    }

    [Fact]
    public void Validate_accepts_an_amount_with_a_currency()
    {
        Valid(Validate(ChangeSets.WithRelationship(Located with { Amount = 700_000_000, Currency = "USD" })));
    }

    [Fact]
    public void Validate_rejects_an_amount_without_a_currency()
    {
        Single(Validate(ChangeSets.WithRelationship(Located with { Amount = 700 })), "relationships[1].currency", ValidationCodes.CurrencyRequired);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Validate_rejects_a_negative_or_undefined_amount(double amount)
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { Amount = amount, Currency = "USD" }));

        Single(errors, "relationships[1].amount", ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Validate_rejects_a_confidence_outside_the_enumeration()
    {
        var errors = Validate(ChangeSets.WithRelationship(Located with { Confidence = (Confidence)7 }));

        Single(errors, "relationships[1].confidence", ValidationCodes.InvalidConfidence);
    }

    [Fact]
    public void Validate_rejects_a_role_and_a_note_longer_than_their_limits()
    {
        var relationship = Located with
        {
            Role = new string('r', ValidationLimits.RoleMaxLength + 1),
            Note = new string('n', ValidationLimits.NoteMaxLength + 1),
        };

        var errors = Validate(ChangeSets.WithRelationship(relationship));

        Assert.Equal(["relationships[1].role", "relationships[1].note"], errors.Select(e => e.Path).ToArray());
        Assert.All(errors, e => Assert.Equal(ValidationCodes.TooLong, e.Code));
    }

    [Fact]
    public void Validate_accepts_every_registered_type_between_its_first_allowed_kinds()
    {
        foreach (var type in RelationshipTypes.All)
        {
            var from = type.FromKinds.First();
            var to = type.ToKinds.First();
            var changes = ChangeSets.Valid() with
            {
                UpsertEntities =
                [
                    new(ChangeSets.Entity("from-end", from)),
                    new(ChangeSets.Entity("to-end", to)),
                ],
                UpsertRelationships = [ChangeSets.Relationship(type.Name, "from-end", "to-end")],
            };

            Valid(Validate(changes));
        }
    }
}
