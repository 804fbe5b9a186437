using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class SeedKeysTests
{
    [Theory]
    [InlineData("PROPOSED_BY", "belt-and-road-initiative", "xi-jinping", null, "belt-and-road-initiative-proposed-by-xi-jinping")]
    [InlineData("PART_OF", "khorgos", "china", "Chinese side", "khorgos-part-of-china-chinese-side")]
    [InlineData("MEMBER_OF", "kazakhstan", "eaeu", "  founding  member! ", "kazakhstan-member-of-eaeu-founding-member")]
    [InlineData("LOCATED_IN", "", "kazakhstan", null, "located-in-kazakhstan")]
    public void DeriveRelationshipKey_joins_from_type_to_and_role_as_one_slug(
        string type, string from, string to, string? role, string expected)
    {
        Assert.Equal(expected, SeedKeys.DeriveRelationshipKey(type, from, to, role));
    }

    [Theory]
    [InlineData("Khorgos – Eastern Gate", "khorgos-eastern-gate")]
    [InlineData("--A__b--", "a-b")]
    [InlineData("Хоргос", "")]
    [InlineData(null, "")]
    public void Slugify_keeps_ascii_letters_and_digits_joined_by_single_hyphens(string? text, string expected)
    {
        Assert.Equal(expected, SeedKeys.Slugify(text));
    }
}
