using System.Text;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma,
/// a quote, a line break or leading/trailing spaces, quotes inside doubled. Text goes out as UTF-8 without a byte-order
/// mark.
/// </summary>
public sealed class CsvRecordWriter(TextWriter writer)
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder _line = new();

    public Task WriteRecordAsync(IReadOnlyList<string?> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _line.Clear();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            AppendField(_line, fields[i] ?? string.Empty);
        }

        _line.Append("\r\n");
        return writer.WriteAsync(_line, cancellationToken);
    }

    private static void AppendField(StringBuilder line, string field)
    {
        var quote = field.Length > 0 && (field[0] == ' ' || field[^1] == ' ' || field.AsSpan().IndexOfAny(",\"\r\n") >= 0);
        if (!quote)
        {
            line.Append(field);
            return;
        }

        line.Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                line.Append('"');
            }

            line.Append(c);
        }

        line.Append('"');
    }
}
