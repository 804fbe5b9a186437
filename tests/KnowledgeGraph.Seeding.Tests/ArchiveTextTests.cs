using KnowledgeGraph.Seeding.Provenance;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

public sealed class ArchiveTextTests
{
    private static readonly ArchiveText Article = new("The “Khorgos – Eastern Gate” hub lies on the\nborder of Kazakhstan.\t It opened in 2014.\r\n");

    [Theory]
    [InlineData("The “Khorgos – Eastern Gate” hub lies on the border of Kazakhstan.")]
    [InlineData("  hub lies on the   border  ")]
    [InlineData("Kazakhstan. It opened in 2014.")]
    public void A_quote_is_found_when_only_runs_of_white_space_differ(string quote)
    {
        Assert.True(Article.Contains(quote));
    }

    [Theory]
    [InlineData("The \"Khorgos – Eastern Gate\" hub")]
    [InlineData("Khorgos - Eastern Gate")]
    [InlineData("the “Khorgos")]
    [InlineData("It opened in 2015.")]
    [InlineData("   ")]
    public void Quotes_dashes_case_and_words_are_compared_exactly(string quote)
    {
        Assert.False(Article.Contains(quote));
    }
}
