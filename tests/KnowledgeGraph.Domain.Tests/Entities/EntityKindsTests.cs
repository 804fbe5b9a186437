using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Entities;

public sealed class EntityKindsTests
{
    [Fact]
    public void Every_kind_has_a_definition()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Order(), EntityKinds.All.Select(d => d.Kind).Order());
    }

    [Fact]
    public void Property_names_are_camel_case_and_unique_within_a_kind()
    {
        foreach (var definition in EntityKinds.All)
        {
            var names = definition.Properties.Select(p => p.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            Assert.All(names, n => Assert.Matches("^[a-z][a-zA-Z0-9]*$", n));
        }
    }

    [Fact]
    public void No_property_shadows_a_common_entity_field()
    {
        var common = EntityFields.All.Concat(["kind", "aliases", "sources", "version", "id"]).ToHashSet(StringComparer.Ordinal);

        Assert.All(EntityKinds.All.SelectMany(d => d.Properties), p => Assert.DoesNotContain(p.Name, common));
    }

    [Fact]
    public void Allowed_values_apply_to_text_properties_and_ranges_to_numeric_ones()
    {
        foreach (var property in EntityKinds.All.SelectMany(d => d.Properties))
        {
            if (property.AllowedValues is not null)
            {
                Assert.Equal(PropertyType.Text, property.Type);
                Assert.NotEmpty(property.AllowedValues);
            }

            if (property.Minimum is not null || property.Maximum is not null)
            {
                Assert.NotEqual(PropertyType.Text, property.Type);
            }

            if (property is { Minimum: { } min, Maximum: { } max })
            {
                Assert.True(min <= max, $"{property.Name}: minimum {min} above maximum {max}");
            }
        }
    }

    [Theory]
    [InlineData("Project", EntityKind.Project)]
    [InlineData("TrainingProgram", EntityKind.TrainingProgram)]
    public void TryParse_reads_kind_names(string name, EntityKind expected)
    {
        Assert.True(EntityKinds.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("project")]
    [InlineData("Projekt")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_other_spellings(string? name)
    {
        Assert.False(EntityKinds.TryParse(name, out _));
    }
}
