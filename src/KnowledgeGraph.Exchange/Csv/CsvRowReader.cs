using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Streams RFC 4180 records from text: comma-separated fields, double-quoted fields that may hold commas, quotes
/// (doubled) and line breaks, records ended by CRLF or LF. Reads a buffer at a time, never the whole file. Lines that
/// are completely empty are skipped. Malformed text (a quote inside an unquoted field, text after a closing quote, a
/// quoted field never closed) throws <see cref="CsvSyntaxException"/> with its line and character.
/// </summary>
public sealed class CsvRowReader(TextReader reader)
{
    private const int BufferSize = 64 * 1024;

    /// <summary>The characters that end a run of plain text in an unquoted field, and in a quoted one.</summary>
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n\"");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\r\n\"");

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterCarriageReturn,
    }

    public async IAsyncEnumerable<CsvRow> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new char[BufferSize];
        var field = new StringBuilder();
        var fields = new List<string>();

        // Each column's text in the row above. Many columns repeat it (a type, a kind, a source list): the same text is
        // handed on as the same string, which saves an allocation per field, and lets a store skip binding again a value
        // it bound for the row before (PositionalStatement compares by instance).
        var above = new List<string>();
        var state = State.FieldStart;
        int line = 1, character = 0, recordLine = 1, quoteLine = 1, quoteCharacter = 1;
        var recordStarted = false;
        var last = '\0';

        while (true)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                var previous = last;
                last = c;
                character++;
                if (state == State.AfterCarriageReturn)
                {
                    state = State.FieldStart;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                switch (state)
                {
                    case State.FieldStart when c == '"':
                        state = State.Quoted;
                        (quoteLine, quoteCharacter) = (line, character);
                        Start();
                        break;
                    case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == ',':
                        Start();
                        fields.Add(Take());
                        state = State.FieldStart;
                        break;
                    case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c is '\r' or '\n':
                        var ended = EndRecord();
                        state = c == '\r' ? State.AfterCarriageReturn : State.FieldStart;
                        line++;
                        character = 0;
                        if (ended is not null)
                        {
                            yield return ended;
                        }

                        break;
                    case State.FieldStart or State.Unquoted:
                        if (c == '"')
                        {
                            throw new CsvSyntaxException(line, character, "a quote inside an unquoted field; quote the whole field and double the quote (\"\").");
                        }

                        Start();
                        i = AppendRun(buffer, i, read, UnquotedStops);
                        state = State.Unquoted;
                        break;
                    case State.Quoted:
                        if (c == '"')
                        {
                            state = State.QuoteInQuoted;
                        }
                        else if (c is not ('\r' or '\n'))
                        {
                            i = AppendRun(buffer, i, read, QuotedStops);
                        }
                        else
                        {
                            field.Append(c);
                            if (c == '\r' || (c == '\n' && previous != '\r'))
                            {
                                line++;
                                character = 0;
                            }
                        }

                        break;
                    case State.QuoteInQuoted:
                        if (c != '"')
                        {
                            throw new CsvSyntaxException(line, character, "text after the closing quote of a field; double a quote inside a quoted field (\"\").");
                        }

                        field.Append('"');
                        state = State.Quoted;
                        break;
                }
            }
        }

        if (state == State.Quoted)
        {
            throw new CsvSyntaxException(quoteLine, quoteCharacter, "this quoted field is never closed.");
        }

        if (EndRecord() is { } final)
        {
            yield return final;
        }

        // Appends the run of ordinary characters from start (which holds one) up to the next stop, at once; returns the
        // index of its last character, so that the loop goes on with the stop itself.
        int AppendRun(char[] text, int start, int end, SearchValues<char> stops)
        {
            var run = text.AsSpan(start + 1, end - start - 1);
            var length = run.IndexOfAny(stops);
            length = length < 0 ? run.Length : length;
            field.Append(text.AsSpan(start, length + 1));
            character += length;
            last = text[start + length];
            return start + length;
        }

        // The field just read, as the string of the same column in the row above when the text is the same.
        string Take()
        {
            var column = fields.Count;
            string text;
            if (column < above.Count && field.Equals(above[column].AsSpan()))
            {
                text = above[column];
            }
            else
            {
                text = field.ToString();
                if (column < above.Count)
                {
                    above[column] = text;
                }
                else
                {
                    above.Add(text);
                }
            }

            field.Clear();
            return text;
        }

        void Start()
        {
            if (!recordStarted)
            {
                recordStarted = true;
                recordLine = line;
            }
        }

        CsvRow? EndRecord()
        {
            if (!recordStarted)
            {
                return null;
            }

            fields.Add(Take());
            var row = new CsvRow(recordLine, fields.ToArray());
            fields.Clear();
            recordStarted = false;
            return row;
        }
    }
}
