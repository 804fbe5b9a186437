using KnowledgeGraph.Exchange.Csv;

namespace KnowledgeGraph.Exchange.Tests.Csv;

public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+7 727 000", "'+7 727 000")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("\r=cmd", "'\r=cmd")]
    [InlineData("'=1+1", "''=1+1")]
    [InlineData("'''@x", "''''@x")]
    public void Text_a_spreadsheet_would_evaluate_gets_one_more_leading_quote(string text, string cell)
    {
        Assert.Equal(cell, CsvFormulaGuard.Neutralise(text));
        Assert.Equal(text, CsvFormulaGuard.Restore(cell));
    }

    [Theory]
    [InlineData("Khorgos Gateway")]
    [InlineData("'single' and \"double\"")]
    [InlineData("'")]
    [InlineData("''")]
    [InlineData("a=b")]
    [InlineData(" =1+1")]
    [InlineData("")]
    [InlineData("Қорғас – 霍尔果斯")]
    public void Other_text_is_written_and_read_unchanged(string text)
    {
        Assert.Equal(text, CsvFormulaGuard.Neutralise(text));
        Assert.Equal(text, CsvFormulaGuard.Restore(text));
    }

    [Fact]
    public void Every_text_over_the_significant_characters_round_trips_and_is_never_written_as_a_formula()
    {
        char[] alphabet = ['\'', '=', '+', '-', '@', '\t', '\r', 'a', ' '];
        var texts = new List<string> { string.Empty };
        for (var length = 1; length <= 4; length++)
        {
            texts.AddRange(texts.Where(t => t.Length == length - 1).SelectMany(t => alphabet.Select(c => t + c)).ToList());
        }

        foreach (var text in texts)
        {
            var cell = CsvFormulaGuard.Neutralise(text)!;
            Assert.Equal(text, CsvFormulaGuard.Restore(cell));
            Assert.False(cell.Length > 0 && CsvFormulaGuard.IsFormulaStart(cell[0]), $"'{text}' was written as '{cell}'");
        }

        Assert.Equal(1 + 9 + 81 + 729 + 6561, texts.Count);
    }
}
