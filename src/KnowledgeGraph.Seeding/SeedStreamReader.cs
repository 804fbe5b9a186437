using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Reads a seed directory or a single seed file (such as one written by <see cref="SeedWriter"/>) as a stream of
/// <see cref="SeedImportPart"/>s, so that memory holds one part and a read buffer whatever the files' size: each file
/// is read with <see cref="Utf8JsonReader"/> over a buffered stream, each record parsed alone by the field rules of
/// <see cref="SeedRecordParser"/> that <see cref="SeedReader"/> uses. Parts hold the records in the order of the
/// whole-document reader — every file's sources, then entities, then relationships, files in path order — so that a
/// record's references are read before it: a first pass reads each file whole, taking its sources and noting where its
/// other arrays begin; later passes read just those arrays. An import checks what <see cref="SeedValidator.ValidateRecords"/>
/// checks: so statements are read for their problems only, and archives are looked for but not read. Reading never
/// throws for bad content; a file that is not JSON is reported where the problem lies (with the problems of the
/// records read before it) and its later arrays are not read.
/// </summary>
public static class SeedStreamReader
{
    /// <summary>
    /// Reads <paramref name="path"/> (a seed directory or file, as <see cref="SeedReader.ReadPathAsync"/>) as parts of at
    /// most <paramref name="partSize"/> records. Throws <see cref="DirectoryNotFoundException"/> when the path is neither
    /// a directory nor a file.
    /// </summary>
    public static IAsyncEnumerable<SeedImportPart> ReadPartsAsync(string path, int partSize, CancellationToken cancellationToken = default) =>
        ReadPartsAsync(path, partSize, new SeedStreamBuffer(SeedStreamBuffer.DefaultSize), cancellationToken);

    /// <summary>
    /// How many sources, entities and relationships the seed files at <paramref name="path"/> hold, counted by a token
    /// scan that keeps no record: a store chooses its bulk path and shows progress by it before the first part is read.
    /// A file that is not valid JSON counts what precedes the problem (the import reports the problem itself).
    /// </summary>
    public static async Task<long> CountRecordsAsync(string path, CancellationToken cancellationToken = default)
    {
        var (_, listing) = SeedReader.ListPath(path);
        var buffer = new SeedStreamBuffer(SeedStreamBuffer.DefaultSize);
        long count = 0;
        foreach (var (fullPath, _) in listing)
        {
            await using var cursor = SeedJsonCursor.Open(fullPath, buffer);
            if (!await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) || cursor.Token != JsonTokenType.StartObject)
            {
                continue;
            }

            while (await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) && cursor.Token == JsonTokenType.PropertyName)
            {
                var counted = cursor.PropertyName is "sources" or "entities" or "relationships";
                if (!await cursor.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                if (!counted || cursor.Token != JsonTokenType.StartArray)
                {
                    if (!await cursor.SkipAsync(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    continue;
                }

                while (await cursor.ReadItemAsync(cancellationToken).ConfigureAwait(false) && cursor.Token != JsonTokenType.EndArray)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    count++;
                    if (cursor.Token == JsonTokenType.StartArray && !await cursor.SkipAsync(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }
                }

                if (cursor.Failure is not null)
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>As the public overload, with the read buffer given (its size, and the largest it grew to).</summary>
    internal static async IAsyncEnumerable<SeedImportPart> ReadPartsAsync(
        string path, int partSize, SeedStreamBuffer buffer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partSize, 1);
        var (directory, listing) = SeedReader.ListPath(path);
        var parts = new Parts(directory, partSize);
        if (listing.Count == 0)
        {
            parts.Current.Errors.Add(SeedReader.NoSeedFiles(directory));
        }

        var files = listing.Select(f => new SeedStreamFile(f.FullPath, f.DisplayPath)).ToList();
        foreach (var file in files)
        {
            await foreach (var part in SurveyAsync(file, parts, buffer, cancellationToken).ConfigureAwait(false))
            {
                yield return part;
            }
        }

        // Statements follow each file's relationships, as the whole-document reader reads them.
        var later = files.Select(f => (f, "entities"))
            .Concat(files.SelectMany(f => new[] { (f, "relationships"), (f, "statements") }));
        foreach (var (file, section) in later)
        {
            await foreach (var part in ReadArrayAsync(file, section, parts, buffer, cancellationToken).ConfigureAwait(false))
            {
                yield return part;
            }
        }

        if (parts.Current.RecordCount > 0 || parts.Current.Errors.Count > 0)
        {
            yield return parts.Take();
        }
    }

    /// <summary>
    /// The first pass over a file: reads it whole, checks its structure, reads its sources into the parts and notes where
    /// its other arrays begin. Problems of the file's structure are held back until the file proves to be JSON, as the
    /// whole-document reader reports nothing else for a file that is not.
    /// </summary>
    private static async IAsyncEnumerable<SeedImportPart> SurveyAsync(
        SeedStreamFile file, Parts parts, SeedStreamBuffer buffer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var structure = new SeedRecords();
        var parser = new SeedRecordParser(file.DisplayPath, structure);
        var notAnObject = false;
        await using (var cursor = SeedJsonCursor.Open(file.FullPath, buffer))
        {
            JsonException? failure = null;
            if (await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) && cursor.Token != JsonTokenType.StartObject)
            {
                notAnObject = true;
                var kind = KindOf(cursor.Token);
                if (await cursor.SkipAsync(cancellationToken).ConfigureAwait(false)
                    && !await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) && cursor.Failure is null)
                {
                    parser.RootNotAnObject(kind);
                }
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            while (!notAnObject && !file.Broken && cursor.Failure is null
                   && await cursor.ReadAsync(cancellationToken).ConfigureAwait(false) && cursor.Token == JsonTokenType.PropertyName)
            {
                var name = cursor.PropertyName!;
                if (!names.Add(name))
                {
                    // Worded as the whole-document parser words it.
                    failure = new JsonException($"Duplicate property '{name}' encountered during deserialization.");
                    break;
                }

                parser.CheckSection(name);
                var (position, state) = (cursor.Position, cursor.State);
                if (!await cursor.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                var isSection = SeedRecordParser.Sections.Contains(name, StringComparer.Ordinal);
                var isArray = cursor.Token == JsonTokenType.StartArray;
                if (isSection && isArray && name == "sources")
                {
                    await foreach (var part in ReadItemsAsync(cursor, file, name, parts, cancellationToken).ConfigureAwait(false))
                    {
                        yield return part;
                    }

                    continue;
                }

                if (isSection && !isArray && cursor.Token != JsonTokenType.Null)
                {
                    parser.SectionNotAnArray(name, KindOf(cursor.Token));
                }

                if (!await cursor.SkipAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                if (isSection && isArray)
                {
                    file.Arrays[name] = new SeedStreamFile.Array(position, state);
                }
            }

            // The whole-document parser also refuses anything after the object.
            if (!notAnObject && !file.Broken && failure is null && cursor.Failure is null)
            {
                await cursor.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!file.Broken)
            {
                if ((failure ?? cursor.Failure) is { } problem)
                {
                    parts.Fail(file, problem);
                }
                else
                {
                    parts.Current.Errors.AddRange(structure.Errors);
                }
            }
        }

        // A file that is not one object has no arrays to read later.
        file.Broken |= notAnObject;
    }

    /// <summary>A later pass: reads one array the first pass noted, unless the file proved not to be JSON.</summary>
    private static async IAsyncEnumerable<SeedImportPart> ReadArrayAsync(
        SeedStreamFile file, string section, Parts parts, SeedStreamBuffer buffer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!file.Arrays.TryGetValue(section, out var array))
        {
            yield break;
        }

        if (file.Broken)
        {
            yield break;
        }

        await using var cursor = SeedJsonCursor.Open(file.FullPath, buffer, array.Position, array.State);
        if (await cursor.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (cursor.Token != JsonTokenType.StartArray)
            {
                throw new InvalidOperationException($"{file.DisplayPath} changed while it was being read.");
            }

            await foreach (var part in ReadItemsAsync(cursor, file, section, parts, cancellationToken).ConfigureAwait(false))
            {
                yield return part;
            }
        }
        else if (cursor.Failure is { } problem)
        {
            parts.Fail(file, problem);
        }
    }

    /// <summary>Reads the items of the array whose start the cursor just read, yielding each part that fills up.</summary>
    private static async IAsyncEnumerable<SeedImportPart> ReadItemsAsync(
        SeedJsonCursor cursor, SeedStreamFile file, string section, Parts parts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        while (await cursor.ReadItemAsync(cancellationToken).ConfigureAwait(false) && cursor.Token != JsonTokenType.EndArray)
        {
            // A file already in the buffer is not read from the stream, which is where cancellation is otherwise seen.
            cancellationToken.ThrowIfCancellationRequested();
            if (cursor.Token == JsonTokenType.StartObject)
            {
                if (Parse(parts.ParserFor(file), section, index, cursor.Captured) is { } problem)
                {
                    parts.Fail(file, problem);
                    yield break;
                }
            }
            else
            {
                parts.ParserFor(file).ItemNotAnObject(section, index, KindOf(cursor.Token));
                if (!await cursor.SkipAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }

            index++;
            parts.Settle();
            if (parts.Current.RecordCount >= parts.Size)
            {
                yield return parts.Take();
            }
        }

        if (cursor.Failure is { } failure)
        {
            parts.Fail(file, failure);
        }
    }

    /// <summary>Parses one record whole, so that a repeated field is refused as the whole-document parser refuses it.</summary>
    private static JsonException? Parse(SeedRecordParser parser, string section, int index, ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, SeedRecordParser.Options);
            parser.ReadItem(section, index, document.RootElement);
            return null;
        }
        catch (JsonException exception)
        {
            return exception;
        }
    }

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    /// <summary>The part being filled by one <see cref="ReadPartsAsync(string, int, CancellationToken)"/>.</summary>
    private sealed class Parts(string directory, int size)
    {
        private readonly string _archiveRoot = SeedReader.ArchiveRoot(directory);

        public int Size { get; } = size;

        private SeedRecordParser? _parser;
        private SeedStreamFile? _parserFile;

        public SeedRecords Current { get; private set; } = new();

        public SeedImportPart Take()
        {
            var part = new SeedImportPart(directory, Current);
            Current = new SeedRecords();
            _parser = null;
            return part;
        }

        /// <summary>The parser reading <paramref name="file"/>'s records into the part being filled: one per file and part.</summary>
        public SeedRecordParser ParserFor(SeedStreamFile file)
        {
            if (_parser is null || !ReferenceEquals(_parserFile, file))
            {
                (_parser, _parserFile) = (new SeedRecordParser(file.DisplayPath, Current), file);
            }

            return _parser;
        }

        /// <summary>
        /// After each record: an archive is only looked for (a missing one stops an import as it stops the
        /// whole-document reader's); statements only count for their problems.
        /// </summary>
        public void Settle()
        {
            foreach (var archive in Current.Archives)
            {
                if (SeedArchiveFiles.Resolve(_archiveRoot, archive).Error is { } error)
                {
                    Current.Errors.Add(error);
                }
            }

            Current.Archives.Clear();
            Current.Statements.Clear();
        }

        /// <summary>The file is not JSON from here on: reported once, and its later arrays are not read.</summary>
        public void Fail(SeedStreamFile file, JsonException problem)
        {
            if (!file.Broken)
            {
                ParserFor(file).InvalidJson(problem);
                file.Broken = true;
            }
        }
    }
}
