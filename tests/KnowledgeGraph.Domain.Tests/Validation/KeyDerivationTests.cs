using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class KeyDerivationTests
{
    [Theory]
    [InlineData(RelationshipTypes.ProposedBy, "belt-and-road-initiative", "xi-jinping", null, "belt-and-road-initiative-proposed-by-xi-jinping")]
    [InlineData(RelationshipTypes.PartOf, "khorgos", "china", "Chinese side", "khorgos-part-of-china-chinese-side")]
    [InlineData(RelationshipTypes.MemberOf, "kazakhstan", "eaeu", "  founding  member! ", "kazakhstan-member-of-eaeu-founding-member")]
    [InlineData(RelationshipTypes.LocatedIn, "", "kazakhstan", null, "located-in-kazakhstan")]
    [InlineData(RelationshipTypes.PartnerOf, "Хоргос", "--ktz--", "", "partner-of-ktz")]
    [InlineData(RelationshipTypes.PartnerOf, "a", "b", "Хоргос", "a-partner-of-b")]
    [InlineData("", "", "", null, "")]
    // The Kelvin sign lowers to k; the dotted capital I has no invariant lower case in a–z.
    [InlineData(RelationshipTypes.PartnerOf, "\u212A\u0130z", "b", null, "k-z-partner-of-b")]
    public void RelationshipKey_joins_from_type_to_and_role_as_one_slug(
        string type, string from, string to, string? role, string expected)
    {
        Assert.Equal(expected, KeyDerivation.RelationshipKey(type, from, to, role));
    }

    [Theory]
    [InlineData("Khorgos – Eastern Gate", "khorgos-eastern-gate")]
    [InlineData("--A__b--", "a-b")]
    [InlineData("Хоргос", "")]
    [InlineData(null, "")]
    public void Slugify_keeps_ascii_letters_and_digits_joined_by_single_hyphens(string? text, string expected)
    {
        Assert.Equal(expected, KeyDerivation.Slugify(text));
    }

    [Theory]
    [InlineData("Khorgos Gateway Dry Port", 15, "khorgos-gateway")]
    [InlineData("Khorgos Gateway Dry Port", 17, "khorgos-gateway")]
    [InlineData("Khorgos", 4, "khor")]
    public void Slugify_cuts_a_long_slug_at_a_hyphen_within_the_limit(string text, int maxLength, string expected)
    {
        Assert.Equal(expected, KeyDerivation.Slugify(text, maxLength));
    }

    [Fact]
    public void Long_texts_slug_as_short_ones_do()
    {
        var word = new string('A', 300);

        Assert.Equal($"{word.ToLowerInvariant()}-b", KeyDerivation.Slugify($"{word} B"));
        Assert.Equal(word.ToLowerInvariant()[..200], KeyDerivation.Slugify($"{word} B", 200));
        Assert.Equal($"{word.ToLowerInvariant()}-partner-of-b-{word.ToLowerInvariant()}",
            KeyDerivation.RelationshipKey(RelationshipTypes.PartnerOf, $"--{word}--", "b", word));
    }
}
