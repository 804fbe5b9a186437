using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Sqlite.Querying;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Querying;

public sealed class SearchTextParserTests
{
    [Theory]
    [InlineData("khorgos", "\"khorgos\"*")]
    [InlineData("  Khorgos   Gateway ", "\"Khorgos\"* \"Gateway\"*")]
    [InlineData("NEAR(a b, 2)", "\"NEAR\"* \"a\"* \"b\"* \"2\"*")]
    [InlineData("\"x\" -y *z name:w", "\"x\"* \"y\"* \"z\"* \"name\"* \"w\"*")]
    [InlineData("Қорғас-2", "\"Қорғас\"* \"2\"*")]
    [InlineData("霍尔果斯 口岸", "\"霍尔果斯\"* \"口岸\"*")]
    [InlineData("Алма\u0301ты", "\"Алма\u0301ты\"*")]
    public void ToMatchExpression_quotes_each_word_as_a_prefix_term_and_drops_syntax(string text, string expected)
    {
        Assert.Equal(expected, SearchTextParser.ToMatchExpression(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\"*-()^:+~")]
    public void ToMatchExpression_is_null_when_there_is_no_word(string? text)
    {
        Assert.Null(SearchTextParser.ToMatchExpression(text));
    }

    [Fact]
    public void ToMatchExpression_refuses_more_words_than_the_shared_limit_instead_of_dropping_some()
    {
        var text = string.Join(" ", Enumerable.Range(0, SearchText.MaxWords + 1).Select(i => $"w{i}"));

        var error = Assert.Throws<LimitExceededException>(() => SearchTextParser.ToMatchExpression(text));

        Assert.Equal((SearchText.WordsLimit, SearchText.MaxWords, SearchText.MaxWords + 1L), (error.Limit, error.Maximum, error.Requested));
    }

    [Fact]
    public void ToMatchExpression_uses_every_word_up_to_the_limit()
    {
        var text = string.Join(" ", Enumerable.Range(0, SearchText.MaxWords).Select(i => $"w{i}"));

        Assert.Equal(SearchText.MaxWords, SearchTextParser.ToMatchExpression(text)!.Split(' ').Length);
    }
}
