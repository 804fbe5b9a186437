using KnowledgeGraph.Exchange.Csv;

namespace KnowledgeGraph.Exchange.Tests.Csv;

/// <summary>RFC 4180 writing: quoted only when needed, and whatever is written reads back unchanged.</summary>
public sealed class CsvRecordWriterTests
{
    [Fact]
    public async Task Fields_are_quoted_only_when_they_need_it_and_records_end_with_crlf()
    {
        var text = new StringWriter();
        await new CsvRecordWriter(text).WriteRecordAsync(["plain", "a,b", "say \"hi\"", "two\nlines", " padded", null, ""]);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,\r\n", text.ToString());
    }

    [Fact]
    public async Task Hostile_fields_read_back_unchanged()
    {
        string[] hostile = ["\"", "\"\"", ",", "\r\n", "\r", "a\"b,c\nd", "'; DROP TABLE x; --", "\\|\\\\", "Қорғас 霍尔果斯 🚂", " ", "\t"];
        var text = new StringWriter();
        var writer = new CsvRecordWriter(text);
        await writer.WriteRecordAsync(hostile);
        await writer.WriteRecordAsync(hostile.Reverse().ToArray());

        var rows = await CsvRowReaderTests.ReadAsync(text.ToString());

        Assert.Equal(hostile, rows[0].Fields);
        Assert.Equal(hostile.Reverse(), rows[1].Fields);
    }
}
