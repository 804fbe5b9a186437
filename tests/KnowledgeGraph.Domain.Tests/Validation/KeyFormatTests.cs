using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class KeyFormatTests
{
    // The slug as it was first written; the check is a loop now and must accept exactly what this accepts.
    private static readonly Regex Slug = new("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant);

    // The ends of each accepted range and the characters just outside them, a hyphen, and what a regex could let slip
    // (a line break before the end, letters outside ASCII, upper case).
    private const string Alphabet = "az09-`{/:AZ_ \n\u00e9\u0131\u212a";

    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("z9")]
    [InlineData("a-b")]
    [InlineData("year-of-working-professions-2025")]
    [InlineData("9-0-z")]
    public void IsValid_accepts_groups_of_lower_case_letters_and_digits_joined_by_single_hyphens(string key)
    {
        Assert.True(KeyFormat.IsValid(key, 64));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a--b")]
    [InlineData("a\n")]
    [InlineData("\na")]
    [InlineData("a_b")]
    [InlineData("A")]
    [InlineData("a b")]
    [InlineData("\u0131")]
    [InlineData("\u212a")]
    [InlineData("\u00e9")]
    [InlineData("a\0")]
    public void IsValid_rejects_anything_else(string? key)
    {
        Assert.False(KeyFormat.IsValid(key, 64));
    }

    [Fact]
    public void IsValid_accepts_keys_up_to_the_maximum_length_only()
    {
        Assert.True(KeyFormat.IsValid("ab-cd", 5));
        Assert.False(KeyFormat.IsValid("ab-cde", 5));
    }

    [Fact]
    public void IsValid_agrees_with_the_slug_pattern_on_every_short_key_over_the_boundary_characters()
    {
        var disagreements = new List<string>();
        foreach (var key in KeysUpTo(4))
        {
            if (KeyFormat.IsValid(key, 64) != Slug.IsMatch(key))
            {
                disagreements.Add(key);
            }
        }

        Assert.Empty(disagreements);
    }

    private static IEnumerable<string> KeysUpTo(int length)
    {
        IEnumerable<string> keys = [string.Empty];
        for (var i = 0; i < length; i++)
        {
            keys = keys.SelectMany(key => Alphabet.Select(c => key + c)).ToList();
            foreach (var key in keys)
            {
                yield return key;
            }
        }
    }
}
