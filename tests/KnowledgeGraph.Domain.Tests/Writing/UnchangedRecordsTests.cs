using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Writing;

public sealed class UnchangedRecordsTests
{
    private static readonly Entity StoredEntity = new()
    {
        Key = "khorgos-gateway",
        Kind = EntityKind.Project,
        Name = "Khorgos Gateway",
        Aliases = ["KTZE – Khorgos Gateway"],
        Description = "Dry port on the border with China.",
        SourceKeys = ["seed-article", "ktz-2023"],
        Citations = [new Citation { SourceKey = "seed-article", Quote = "Khorgos Gateway", About = "name" }],
        Properties = new Dictionary<string, PropertyValue> { ["startYear"] = PropertyValue.FromInteger(2015) },
        Version = 4,
    };

    private static readonly Relationship StoredRelationship = new()
    {
        Key = "khorgos-gateway-located-in-kazakhstan",
        Type = RelationshipTypes.LocatedIn,
        FromKey = "khorgos-gateway",
        ToKey = "kazakhstan",
        Role = "site",
        SinceYear = 2015,
        UntilYear = 2030,
        Amount = 1.5,
        Currency = "USD",
        Note = "A note.",
        Confidence = Confidence.Reported,
        SourceKeys = ["seed-article"],
        Citations = [new Citation { SourceKey = "seed-article", Quote = "Khorgos" }],
    };

    public static TheoryData<string, Entity> ChangedEntities => new()
    {
        { "key", StoredEntity with { Key = "other" } },
        { "kind", StoredEntity with { Kind = EntityKind.Region } },
        { "name", StoredEntity with { Name = "Khorgos gateway" } },
        { "aliases", StoredEntity with { Aliases = [] } },
        { "description", StoredEntity with { Description = null } },
        { "sources", StoredEntity with { SourceKeys = ["ktz-2023", "seed-article"] } },
        { "citations", StoredEntity with { Citations = [new Citation { SourceKey = "seed-article", Quote = "Khorgos Gateway" }] } },
        { "property value", StoredEntity with { Properties = new Dictionary<string, PropertyValue> { ["startYear"] = PropertyValue.FromInteger(2016) } } },
        { "property added", StoredEntity with { Properties = new Dictionary<string, PropertyValue> { ["startYear"] = PropertyValue.FromInteger(2015), ["status"] = PropertyValue.FromText("Operational") } } },
    };

    public static TheoryData<string, Relationship> ChangedRelationships => new()
    {
        { "key", StoredRelationship with { Key = "other" } },
        { "type", StoredRelationship with { Type = RelationshipTypes.Connects } },
        { "from", StoredRelationship with { FromKey = "other" } },
        { "to", StoredRelationship with { ToKey = "other" } },
        { "role", StoredRelationship with { Role = null } },
        { "since", StoredRelationship with { SinceYear = 2016 } },
        { "until", StoredRelationship with { UntilYear = null } },
        { "amount", StoredRelationship with { Amount = 2 } },
        { "currency", StoredRelationship with { Currency = "CNY" } },
        { "note", StoredRelationship with { Note = "Another note." } },
        { "confidence", StoredRelationship with { Confidence = Confidence.Confirmed } },
        { "sources", StoredRelationship with { SourceKeys = ["seed-article", "ktz-2023"] } },
        { "citations", StoredRelationship with { Citations = [] } },
    };

    [Fact]
    public void An_entity_equal_in_every_field_but_the_version_and_repeated_sources_is_unchanged()
    {
        var given = StoredEntity with { Version = 0, SourceKeys = ["seed-article", "seed-article", "ktz-2023"] };

        Assert.True(UnchangedRecords.Same(given, StoredEntity));
    }

    [Theory]
    [MemberData(nameof(ChangedEntities))]
    public void An_entity_differing_in_one_field_is_changed(string field, Entity given)
    {
        Assert.False(UnchangedRecords.Same(given, StoredEntity), field);
    }

    [Fact]
    public void A_relationship_equal_in_every_field_with_repeated_sources_is_unchanged()
    {
        var given = StoredRelationship with { SourceKeys = ["seed-article", "seed-article"] };

        Assert.True(UnchangedRecords.Same(given, StoredRelationship));
    }

    [Theory]
    [MemberData(nameof(ChangedRelationships))]
    public void A_relationship_differing_in_one_field_is_changed(string field, Relationship given)
    {
        Assert.False(UnchangedRecords.Same(given, StoredRelationship), field);
    }
}
