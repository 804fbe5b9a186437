using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Exchange.Csv;

namespace KnowledgeGraph.Exchange.Tests.Csv;

/// <summary>RFC 4180 reading: quoting, embedded separators and line breaks, line numbers, and malformed text.</summary>
public sealed class CsvRowReaderTests
{
    [Fact]
    public async Task Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var rows = await ReadAsync("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\n");

        Assert.Equal(3, rows.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], rows[1].Fields);
        Assert.Equal(["plain", "", "end"], rows[2].Fields);
    }

    [Fact]
    public async Task Each_row_reports_the_line_it_starts_on_even_after_a_field_spanning_lines()
    {
        var rows = await ReadAsync("h1,h2\n\"one\r\ntwo\r\nthree\",x\nnext,y");

        Assert.Equal([1, 2, 5], rows.Select(r => r.Line));
        Assert.Equal("one\r\ntwo\r\nthree", rows[1].Fields[0]);
        Assert.Equal(["next", "y"], rows[2].Fields);
    }

    [Fact]
    public async Task Empty_lines_are_skipped_and_a_missing_final_line_break_is_accepted()
    {
        var rows = await ReadAsync("a\n\n\r\nb");

        Assert.Equal([["a"], ["b"]], rows.Select(r => r.Fields.ToArray()));
        Assert.Equal([1, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public async Task Non_ascii_text_is_read_as_is()
    {
        var rows = await ReadAsync("name\n\"Қорғас – 霍尔果斯 🚂\"\n");

        Assert.Equal("Қорғас – 霍尔果斯 🚂", rows[1].Fields[0]);
    }

    [Theory]
    [InlineData("a,b\nx,y\"z\n", 2, 4, "quote inside an unquoted field")]
    [InlineData("a,b\n\"x\"y,z\n", 2, 4, "after the closing quote")]
    [InlineData("a,b\nok,fine\n\"never closed,z\n", 3, 1, "never closed")]
    public async Task Malformed_text_stops_with_its_line_and_character(string text, int line, int character, string problem)
    {
        var error = await Assert.ThrowsAsync<CsvSyntaxException>(() => ReadAsync(text));

        Assert.Equal((line, character), (error.Line, error.Character));
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public async Task Reading_a_large_text_is_streamed_across_buffer_boundaries()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => $"{i},\"quoted, {i}\nsecond line\"");
        var rows = await ReadAsync(string.Join("\r\n", lines));

        Assert.Equal(20_000, rows.Count);
        Assert.Equal(["19999", "quoted, 19999\nsecond line"], rows[^1].Fields);
        Assert.Equal(2 * 19_999 + 1, rows[^1].Line);
    }

    internal static async Task<List<CsvRow>> ReadAsync(string text)
    {
        var rows = new List<CsvRow>();
        await foreach (var row in new CsvRowReader(new StringReader(text)).ReadAllAsync())
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A store skips binding a value it bound for the row before when it is the same string instance.</summary>
    [Fact]
    public async Task A_cell_repeating_the_one_above_is_the_same_string_and_a_changed_one_is_read_afresh()
    {
        var rows = await ReadAsync($"type,from\n{RelationshipTypes.PartnerOf},a\n\"{RelationshipTypes.PartnerOf}\",b\n{RelationshipTypes.LocatedIn},c\n");

        Assert.Same(rows[1].Fields[0], rows[2].Fields[0]);
        Assert.NotSame(rows[1].Fields[1], rows[2].Fields[1]);
        Assert.Equal([RelationshipTypes.PartnerOf, "b"], rows[2].Fields);
        Assert.Equal([RelationshipTypes.LocatedIn, "c"], rows[3].Fields);
    }
}
