using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Domain.Tests.Validation.ValidationAssert;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class GraphChangeValidatorEntityTests
{
    [Fact]
    public void Validate_rejects_a_kind_outside_the_enumeration()
    {
        var errors = Validate(ChangeSets.WithEntity(ChangeSets.Entity("somewhere", (EntityKind)42)));

        var error = Single(errors, "entities[2].kind", ValidationCodes.UnknownKind);
        Assert.Contains("Project", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_relationship_to_an_entity_of_unknown_kind_only_once()
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("somewhere", (EntityKind)42)) with
        {
            UpsertRelationships = [ChangeSets.Relationship(RelationshipTypes.LocatedIn, "khorgos-eastern-gate", "somewhere")],
        };

        var errors = Validate(changes);

        Single(errors, "entities[2].kind", ValidationCodes.UnknownKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_rejects_an_empty_name(string name)
    {
        var errors = Validate(ChangeSets.WithEntity(ChangeSets.Entity("altynkol", EntityKind.Region) with { Name = name }));

        Single(errors, "entities[2].name", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_rejects_a_name_longer_than_the_limit()
    {
        var name = new string('n', ValidationLimits.NameMaxLength + 1);

        var errors = Validate(ChangeSets.WithEntity(ChangeSets.Entity("altynkol", EntityKind.Region) with { Name = name }));

        Single(errors, "entities[2].name", ValidationCodes.TooLong);
    }

    [Fact]
    public void Validate_accepts_a_name_at_the_limit()
    {
        var name = new string('n', ValidationLimits.NameMaxLength);

        Valid(Validate(ChangeSets.WithEntity(ChangeSets.Entity("altynkol", EntityKind.Region) with { Name = name })));
    }

    [Fact]
    public void Validate_rejects_a_description_longer_than_the_limit()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region) with { Description = new string('d', ValidationLimits.DescriptionMaxLength + 1) };

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].description", ValidationCodes.TooLong);
    }

    [Fact]
    public void Validate_rejects_an_empty_alias()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region) with { Aliases = ["Altynkol station", ""] };

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].aliases[1]", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_rejects_an_alias_listed_twice_ignoring_case()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region) with { Aliases = ["Altynkol station", "ALTYNKOL STATION"] };

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].aliases[1]", ValidationCodes.DuplicateValue);
    }

    [Fact]
    public void Validate_rejects_an_alias_that_repeats_the_name()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region) with { Name = "Altynkol", Aliases = ["altynkol"] };

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].aliases[0]", ValidationCodes.DuplicateValue);
    }

    [Fact]
    public void Validate_rejects_a_property_the_kind_does_not_declare_and_suggests_the_closest()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region, new() { ["latitud"] = PropertyValue.FromNumber(44.2) });

        var error = Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.latitud", ValidationCodes.UnknownProperty);

        Assert.Contains("did you mean 'latitude'?", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_property_declared_for_another_kind()
    {
        var entity = ChangeSets.Entity("altynkol", EntityKind.Region, new() { ["sector"] = PropertyValue.FromText("Transport") });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.sector", ValidationCodes.UnknownProperty);
    }

    [Fact]
    public void Validate_rejects_text_for_an_integer_property()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["startYear"] = PropertyValue.FromText("2004") });

        var error = Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.startYear", ValidationCodes.PropertyType);

        Assert.Contains("must be an integer, not text", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_fractional_number_for_an_integer_property()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["startYear"] = PropertyValue.FromNumber(2004.5) });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.startYear", ValidationCodes.PropertyType);
    }

    [Fact]
    public void Validate_rejects_an_integer_for_a_number_property()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["lengthKm"] = PropertyValue.FromInteger(962) });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.lengthKm", ValidationCodes.PropertyType);
    }

    [Fact]
    public void Validate_rejects_a_number_for_a_text_property()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["subsector"] = PropertyValue.FromNumber(1) });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.subsector", ValidationCodes.PropertyType);
    }

    [Fact]
    public void Validate_rejects_a_value_outside_the_allowed_values_and_suggests_the_closest()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["status"] = PropertyValue.FromText("Operationnal") });

        var error = Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.status", ValidationCodes.ValueNotAllowed);

        Assert.Contains("did you mean 'Operational'?", error.Message);
    }

    [Fact]
    public void Validate_compares_allowed_values_case_sensitively()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["sector"] = PropertyValue.FromText("energy") });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.sector", ValidationCodes.ValueNotAllowed);
    }

    [Theory]
    [InlineData("startYear", 1799)]
    [InlineData("startYear", 2201)]
    [InlineData("completionYear", 0)]
    public void Validate_rejects_an_integer_property_outside_its_range(string property, long value)
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { [property] = PropertyValue.FromInteger(value) });

        Single(Validate(ChangeSets.WithEntity(entity)), $"entities[2].properties.{property}", ValidationCodes.OutOfRange);
    }

    [Theory]
    [InlineData("latitude", -90.0001)]
    [InlineData("latitude", 90.5)]
    [InlineData("longitude", 180.01)]
    [InlineData("longitude", double.NaN)]
    [InlineData("longitude", double.PositiveInfinity)]
    public void Validate_rejects_a_number_property_outside_its_range(string property, double value)
    {
        var entity = ChangeSets.Entity("place", EntityKind.Region, new() { [property] = PropertyValue.FromNumber(value) });

        Single(Validate(ChangeSets.WithEntity(entity)), $"entities[2].properties.{property}", ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Validate_accepts_values_at_the_range_bounds()
    {
        var entity = ChangeSets.Entity("place", EntityKind.Region, new()
        {
            ["latitude"] = PropertyValue.FromNumber(-90),
            ["longitude"] = PropertyValue.FromNumber(180),
        });

        Valid(Validate(ChangeSets.WithEntity(entity)));
    }

    [Fact]
    public void Validate_rejects_a_negative_capacity()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["capacity"] = PropertyValue.FromNumber(-1) });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.capacity", ValidationCodes.OutOfRange);
    }

    [Fact]
    public void Validate_rejects_an_empty_text_property()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["subsector"] = PropertyValue.FromText(" ") });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.subsector", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_rejects_a_text_property_longer_than_the_limit()
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project,
            new() { ["subsector"] = PropertyValue.FromText(new string('s', ValidationLimits.TextPropertyMaxLength + 1)) });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.subsector", ValidationCodes.TooLong);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("Dollar")]
    public void Validate_rejects_an_investment_currency_that_is_not_iso_4217_shaped(string currency)
    {
        var entity = ChangeSets.Entity("pipeline", EntityKind.Project, new() { ["investmentCurrency"] = PropertyValue.FromText(currency) });

        Single(Validate(ChangeSets.WithEntity(entity)), "entities[2].properties.investmentCurrency", ValidationCodes.InvalidCurrency);
    }

    [Fact]
    public void Validate_accepts_every_property_of_every_kind_with_a_value_of_its_type()
    {
        var upserts = EntityKinds.All.Select(definition => new EntityUpsert(ChangeSets.Entity(
            "all-of-" + definition.Kind.ToString().ToLowerInvariant(),
            definition.Kind,
            definition.Properties.ToDictionary(p => p.Name, SampleValue))));
        var changes = ChangeSets.Valid() with { UpsertEntities = [.. ChangeSets.Valid().UpsertEntities, .. upserts] };

        Valid(Validate(changes));
    }

    [Fact]
    public void Validate_rejects_a_negative_expected_version()
    {
        var changes = ChangeSets.Valid() with
        {
            UpsertEntities = [.. ChangeSets.Valid().UpsertEntities, new EntityUpsert(ChangeSets.Entity("altynkol", EntityKind.Region), -1)],
        };

        Single(Validate(changes), "entities[2].expectedVersion", ValidationCodes.OutOfRange);
    }

    private static PropertyValue SampleValue(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Text when property.AllowedValues is { } allowed => PropertyValue.FromText(allowed[0]),
        PropertyType.Text when property.Name.EndsWith("Currency", StringComparison.Ordinal) => PropertyValue.FromText("USD"),
        PropertyType.Text => PropertyValue.FromText("text"),
        PropertyType.Integer => PropertyValue.FromInteger((long)(property.Minimum ?? 0)),
        _ => PropertyValue.FromNumber(property.Maximum ?? 1.5),
    };
}
