using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Querying;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Khorgos  (Gateway)*", new[] { "Khorgos", "Gateway" })]
    [InlineData("Қорғас-2", new[] { "Қорғас", "2" })]
    [InlineData("Алма\u0301ты", new[] { "Алма\u0301ты" })]
    [InlineData("アスタナ", new[] { "アスタナ" })]
    [InlineData("ｱｽﾀﾅ", new[] { "ｱｽﾀﾅ" })]
    [InlineData("ラーメン", new[] { "ラーメン" })]
    [InlineData("霍尔果斯", new[] { "霍", "尔", "果", "斯" })]
    [InlineData("ひらがな", new[] { "ひ", "ら", "が", "な" })]
    [InlineData("アスタナ国際", new[] { "アスタナ", "国", "際" })]
    [InlineData("アスタナcity2", new[] { "アスタナ", "city2" })]
    [InlineData("\U00020000\U00020001", new[] { "\U00020000", "\U00020001" })]
    [InlineData("서울 특별시", new[] { "서울", "특별시" })]
    public void Words_are_cut_as_unicode_word_boundaries_cut_them(string text, string[] expected)
    {
        Assert.Equal(expected, SearchText.Words(text));
    }

    [Theory]
    [InlineData("霍尔果斯 口岸", new[] { "霍尔果斯", "口岸" })]
    [InlineData("アスタナ国際", new[] { "アスタナ国際" })]
    [InlineData("\"x\" -y *z name:w", new[] { "x", "y", "z", "name", "w" })]
    public void Runs_keep_runs_of_letters_whole(string text, string[] expected)
    {
        Assert.Equal(expected, SearchText.Runs(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("( ) : ^ * - + ~ \"")]
    public void Text_without_letters_or_digits_has_no_words(string? text)
    {
        Assert.Empty(SearchText.Words(text));
        Assert.Empty(SearchText.Runs(text));
    }

    [Fact]
    public void The_word_limit_counts_each_han_character_even_where_a_run_stays_whole()
    {
        var text = new string('霍', SearchText.MaxWords + 1);

        var error = Assert.Throws<LimitExceededException>(() => SearchText.Runs(text));

        Assert.Equal((SearchText.WordsLimit, SearchText.MaxWords, SearchText.MaxWords + 1L), (error.Limit, error.Maximum, error.Requested));
        Assert.Equal(SearchText.MaxWords, SearchText.Words(new string('霍', SearchText.MaxWords)).Count);
    }
}
