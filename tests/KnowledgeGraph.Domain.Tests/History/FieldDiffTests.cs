using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.History;

public sealed class FieldDiffTests
{
    private static readonly Entity Gateway = new()
    {
        Key = "khorgos-gateway",
        Kind = EntityKind.Project,
        Name = "Khorgos Gateway",
        Aliases = ["KTZE Khorgos Gateway"],
        SourceKeys = ["wire"],
        Properties = new Dictionary<string, PropertyValue> { ["startYear"] = PropertyValue.FromInteger(2015), ["sector"] = PropertyValue.FromText("Logistics") },
        Version = 1,
    };

    [Fact]
    public void Between_names_core_fields_in_a_fixed_order_then_properties_in_ordinal_order()
    {
        var after = Gateway with
        {
            Description = "Dry port",
            Name = "Khorgos Gateway Dry Port",
            Properties = new Dictionary<string, PropertyValue> { ["status"] = PropertyValue.FromText("Operational"), ["sector"] = PropertyValue.FromText("Transport") },
        };

        var changed = FieldDiff.Between(new EntitySnapshot(Gateway), new EntitySnapshot(after));

        Assert.Equal(["name", "description", "sector", "startYear", "status"], changed);
    }

    [Fact]
    public void Between_names_citations_when_any_of_their_fields_or_their_order_changes()
    {
        var quoted = Gateway with { Citations = [new Citation { SourceKey = "wire", Quote = "Opened in 2015." }, new Citation { SourceKey = "wire", About = "name" }] };

        Assert.Equal(["citations"], FieldDiff.Between(new EntitySnapshot(Gateway), new EntitySnapshot(quoted)));
        Assert.Empty(FieldDiff.Between(new EntitySnapshot(quoted), new EntitySnapshot(quoted with { Citations = [.. quoted.Citations] })));
        Assert.Equal(["citations"], FieldDiff.Between(new EntitySnapshot(quoted), new EntitySnapshot(quoted with { Citations = [.. quoted.Citations.Reverse()] })));
        Assert.Equal(
            ["citations"],
            FieldDiff.Between(new EntitySnapshot(quoted), new EntitySnapshot(quoted with { Citations = [quoted.Citations[0] with { Locator = "p. 1" }, quoted.Citations[1]] })));
    }

    [Fact]
    public void Between_ignores_the_version_and_compares_lists_by_content_and_order()
    {
        var same = Gateway with { Version = 7, Aliases = ["KTZE Khorgos Gateway"], SourceKeys = ["wire"] };
        var reordered = Gateway with { SourceKeys = ["wire", "speech"] };

        Assert.Empty(FieldDiff.Between(new EntitySnapshot(Gateway), new EntitySnapshot(same)));
        Assert.Equal(["sourceKeys"], FieldDiff.Between(new EntitySnapshot(Gateway), new EntitySnapshot(reordered)));
    }

    [Fact]
    public void Between_tells_an_integer_from_a_number_of_the_same_value()
    {
        var asNumber = Gateway with
        {
            Properties = new Dictionary<string, PropertyValue> { ["startYear"] = PropertyValue.FromNumber(2015), ["sector"] = PropertyValue.FromText("Logistics") },
        };

        Assert.Equal(["startYear"], FieldDiff.Between(new EntitySnapshot(Gateway), new EntitySnapshot(asNumber)));
    }

    [Fact]
    public void Between_a_missing_state_and_a_present_one_lists_the_fields_that_hold_a_value()
    {
        var relationship = new Relationship { Key = "r1", Type = RelationshipTypes.LocatedIn, FromKey = "a", ToKey = "b", SinceYear = 2015, SourceKeys = ["wire"] };
        var source = new Source { Key = "wire", Title = "Wire", PublishedOn = new DateOnly(2015, 8, 1) };

        Assert.Equal(["type", "fromKey", "toKey", "sinceYear", "confidence", "sourceKeys"], FieldDiff.Between(null, new RelationshipSnapshot(relationship)));
        Assert.Equal(["title", "publishedOn"], FieldDiff.Between(new SourceSnapshot(source), null));
    }

    [Fact]
    public void Between_refuses_states_of_different_kinds_of_subject()
    {
        Assert.Throws<ArgumentException>(() => FieldDiff.Between(new EntitySnapshot(Gateway), new SourceSnapshot(new Source { Key = "khorgos-gateway", Title = "x" })));
    }
}
