using System.Reflection;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Relationships;

public sealed class RelationshipTypesTests
{
    [Fact]
    public void Names_are_unique_upper_snake_case()
    {
        var names = RelationshipTypes.All.Select(t => t.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", n));
    }

    [Fact]
    public void Every_name_constant_is_registered_and_every_registered_type_has_a_constant()
    {
        var constants = typeof(RelationshipTypes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, RelationshipTypes.All.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_type_allows_at_least_one_kind_at_each_end_and_reads_in_both_directions()
    {
        Assert.All(RelationshipTypes.All, type =>
        {
            Assert.NotEmpty(type.FromKinds);
            Assert.NotEmpty(type.ToKinds);
            Assert.All(type.FromKinds.Concat(type.ToKinds), k => Assert.True(Enum.IsDefined(k)));
            Assert.False(string.IsNullOrWhiteSpace(type.ForwardLabel));
            Assert.False(string.IsNullOrWhiteSpace(type.InverseLabel));
            Assert.False(string.IsNullOrWhiteSpace(type.Description));
        });
    }

    [Fact]
    public void Every_kind_can_take_part_in_some_relationship()
    {
        var used = RelationshipTypes.All.SelectMany(t => t.FromKinds.Concat(t.ToKinds)).ToHashSet();

        Assert.All(Enum.GetValues<EntityKind>(), kind => Assert.Contains(kind, used));
    }

    [Fact]
    public void Find_and_IsKnown_match_exact_names_only()
    {
        Assert.Same(RelationshipTypes.All.Single(t => t.Name == RelationshipTypes.Connects), RelationshipTypes.Find("CONNECTS"));
        Assert.True(RelationshipTypes.IsKnown(RelationshipTypes.Connects));
        Assert.Null(RelationshipTypes.Find("connects"));
        Assert.False(RelationshipTypes.IsKnown("connects"));
        Assert.Null(RelationshipTypes.Find(null));
        Assert.False(RelationshipTypes.IsKnown(null));
    }

    [Theory]
    [InlineData(RelationshipTypes.LocatedIn, EntityKind.Project, EntityKind.Region, true)]
    [InlineData(RelationshipTypes.LocatedIn, EntityKind.Region, EntityKind.Project, false)]
    [InlineData(RelationshipTypes.ProposedBy, EntityKind.Initiative, EntityKind.Person, true)]
    [InlineData(RelationshipTypes.ProposedBy, EntityKind.Person, EntityKind.Initiative, false)]
    [InlineData(RelationshipTypes.BelongsTo, EntityKind.TrainingProgram, EntityKind.Initiative, true)]
    [InlineData(RelationshipTypes.LeaderOf, EntityKind.Person, EntityKind.Region, true)]
    [InlineData(RelationshipTypes.Connects, EntityKind.Region, EntityKind.Region, false)]
    public void Allows_respects_direction(string name, EntityKind from, EntityKind to, bool expected)
    {
        Assert.Equal(expected, RelationshipTypes.Find(name)!.Allows(from, to));
    }
}
