using KnowledgeGraph.Domain.Entities;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Entities;

public sealed class EntityKeyTests
{
    [Theory]
    [InlineData("kazakhstan")]
    [InlineData("dostyk-alashankou-railway-crossing")]
    [InlineData("year-of-working-professions-2025")]
    [InlineData("a")]
    [InlineData("2025")]
    public void IsValid_accepts_lower_case_slugs(string key)
    {
        Assert.True(EntityKey.IsValid(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Kazakhstan")]
    [InlineData("dostyk_alashankou")]
    [InlineData("dostyk--alashankou")]
    [InlineData("-dostyk")]
    [InlineData("dostyk-")]
    [InlineData("dostyk alashankou")]
    [InlineData("dostyk/alashankou")]
    [InlineData("достык")]
    public void IsValid_rejects_anything_else(string? key)
    {
        Assert.False(EntityKey.IsValid(key));
    }

    [Fact]
    public void IsValid_accepts_keys_up_to_the_maximum_length_only()
    {
        Assert.True(EntityKey.IsValid(new string('k', EntityKey.MaxLength)));
        Assert.False(EntityKey.IsValid(new string('k', EntityKey.MaxLength + 1)));
    }
}
