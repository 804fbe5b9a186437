using System.Text.Json;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Reads one seed file token by token with <see cref="Utf8JsonReader"/> over a buffered <see cref="FileStream"/>,
/// holding only the unread rest of a buffer: the buffer grows only when one record (or token) does not fit. A cursor can
/// start at a position saved from an earlier one (<see cref="Position"/>, <see cref="State"/>), so a later pass reads
/// one array of the file without reading the rest again; the reader state carries the line numbers, so problems are
/// located in the file all the same. Invalid JSON never throws: the operation returns false and <see cref="Failure"/>
/// holds the problem, so that a streaming caller can report it and go on.
/// </summary>
internal sealed class SeedJsonCursor : IAsyncDisposable
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = SeedRecordParser.Options.AllowTrailingCommas,
        CommentHandling = SeedRecordParser.Options.CommentHandling,
        MaxDepth = SeedRecordParser.Options.MaxDepth,
    };

    private readonly FileStream _stream;
    private readonly SeedStreamBuffer _gauge;
    private byte[] _bytes;
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;

    /// <summary>The depth of the last token read, and of the value <see cref="SkipAsync"/> is skipping.</summary>
    private int _depth;
    private int _skipDepth;

    private SeedJsonCursor(FileStream stream, SeedStreamBuffer gauge, long position, JsonReaderState state)
    {
        _stream = stream;
        _gauge = gauge;
        _bytes = gauge.Rent(gauge.InitialSize);
        Position = position;
        _state = state;
    }

    /// <summary>The file offset of the first byte not yet read as part of a token.</summary>
    public long Position { get; private set; }

    /// <summary>The reader state at <see cref="Position"/>, to start another cursor there.</summary>
    public JsonReaderState State => _state;

    public JsonTokenType Token { get; private set; }

    /// <summary>The name read when <see cref="Token"/> is a property name.</summary>
    public string? PropertyName { get; private set; }

    /// <summary>The whole object read by <see cref="ReadItemAsync"/>; valid until the next read.</summary>
    public ReadOnlyMemory<byte> Captured { get; private set; }

    /// <summary>Why the last read failed: the file is not JSON from there on.</summary>
    public JsonException? Failure { get; private set; }

    /// <summary>Opens <paramref name="path"/> at the start, or at a position and state saved from another cursor.</summary>
    public static SeedJsonCursor Open(string path, SeedStreamBuffer gauge, long position = 0, JsonReaderState? state = null)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        try
        {
            stream.Seek(position, SeekOrigin.Begin);
            return new SeedJsonCursor(stream, gauge, position, state ?? new JsonReaderState(ReaderOptions));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next token; false at the end of the file or on invalid JSON (<see cref="Failure"/>).</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!Attempt(ReadStep, out var read))
            {
                return false;
            }

            if (read || _final)
            {
                return read;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the next item of an array: an object whole (<see cref="Captured"/>), anything else as its first token
    /// (<see cref="Token"/>; an array is then left for <see cref="SkipAsync"/>). False on invalid JSON.
    /// </summary>
    public async ValueTask<bool> ReadItemAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!Attempt(ReadItemStep, out var read))
            {
                return false;
            }

            if (read)
            {
                return true;
            }

            EnsureMoreToRead();
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Skips the rest of the object or array whose start was just read, token by token. False on invalid JSON.</summary>
    public async ValueTask<bool> SkipAsync(CancellationToken cancellationToken)
    {
        if (Token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return true;
        }

        var depth = _skipDepth = _depth;
        while (true)
        {
            if (!Attempt(SkipStep, out var done))
            {
                return false;
            }

            if (done)
            {
                _depth = depth;
                return true;
            }

            EnsureMoreToRead();
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    /// <summary>The reader throws on a value cut short at the end of the file; not reaching its end otherwise is a bug.</summary>
    private void EnsureMoreToRead()
    {
        if (_final)
        {
            throw new InvalidOperationException("The JSON reader stopped inside a value at the end of the file.");
        }
    }

    private bool Attempt(Func<bool> step, out bool result)
    {
        try
        {
            result = step();
            return true;
        }
        catch (JsonException exception)
        {
            Failure = exception;
            result = false;
            return false;
        }
    }

    private bool ReadStep()
    {
        var reader = new Utf8JsonReader(_bytes.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return false;
        }

        Take(ref reader);
        return true;
    }

    private bool ReadItemStep()
    {
        var reader = new Utf8JsonReader(_bytes.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var from = _start + (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                // Not all of the object is in the buffer: read it again once more is.
                return false;
            }

            Captured = _bytes.AsMemory(from, _start + (int)reader.BytesConsumed - from);
            Take(ref reader);
            Token = JsonTokenType.StartObject;
            return true;
        }

        Captured = default;
        Take(ref reader);
        return true;
    }

    /// <summary>Reads tokens until the end of the value that started at <see cref="_skipDepth"/>, or of the buffer.</summary>
    private bool SkipStep()
    {
        var reader = new Utf8JsonReader(_bytes.AsSpan(_start, _end - _start), _final, _state);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == _skipDepth)
            {
                Take(ref reader);
                return true;
            }
        }

        Take(ref reader);
        return false;
    }

    private void Take(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _start += consumed;
        Position += consumed;
        _state = reader.CurrentState;
        Token = reader.TokenType;
        _depth = reader.CurrentDepth;
        PropertyName = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer only when they fill it, and reads more.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var unread = _end - _start;
        if (unread == _bytes.Length)
        {
            var larger = _gauge.Rent(_bytes.Length * 2);
            _bytes.AsSpan(_start, unread).CopyTo(larger);
            _bytes = larger;
        }
        else if (_start > 0)
        {
            _bytes.AsSpan(_start, unread).CopyTo(_bytes);
        }

        _start = 0;
        _end = unread;
        var read = await _stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _final = read == 0;
    }
}
