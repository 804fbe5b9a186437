using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Storage.Common;

namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Reads the CSV files of <see cref="CsvLayout"/> into a <see cref="CsvImport"/>, streaming each file row by row.
/// The header decides the columns: any order, the required ones present, none unknown or repeated. An empty cell is
/// "not set"; a text cell loses the quote an export put before a would-be formula (<see cref="CsvFormulaGuard"/>).
/// Reading never throws for bad content: every problem becomes a <see cref="ValidationError"/> naming the
/// file, line and column; a file that is not CSV stops at its first syntax error.
/// </summary>
public static class CsvGraphReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the given files whole.</summary>
    public static async Task<CsvImport> ReadAsync(CsvImportFiles files, CancellationToken cancellationToken = default)
    {
        var import = new CsvImport();
        await foreach (var part in ReadPartsAsync(files, int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            import.Append(part);
        }

        return import;
    }

    /// <summary>
    /// Reads the given files as a stream of parts of at most <paramref name="partSize"/> records each (sources, then
    /// entities, then relationships), so that memory does not grow with the files; each part carries the origins of its
    /// records and the problems met reading them.
    /// </summary>
    public static async IAsyncEnumerable<CsvImport> ReadPartsAsync(
        CsvImportFiles files, int partSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfLessThan(partSize, 1);
        var parts = new Parts(partSize);
        var inputs = new (string? Path, IReadOnlyList<string> Known, IReadOnlyList<string> Required, Action<Row, CsvImport> Read)[]
        {
            (files.Sources, CsvLayout.SourceColumns, CsvLayout.RequiredSourceColumns, ReadSource),
            (files.Entities, CsvLayout.EntityColumns, CsvLayout.RequiredEntityColumns, ReadEntity),
            (files.Relationships, CsvLayout.RelationshipColumns, CsvLayout.RequiredRelationshipColumns, ReadRelationship),
        };
        foreach (var (path, known, required, read) in inputs)
        {
            if (path is null)
            {
                continue;
            }

            await foreach (var full in ReadFileAsync(path, known, required, read, parts, cancellationToken).ConfigureAwait(false))
            {
                yield return full;
            }
        }

        if (parts.Current.RecordCount > 0 || parts.Current.ReadErrors.Count > 0)
        {
            yield return parts.Current;
        }
    }

    /// <summary>
    /// How many records the given files hold at most, without parsing them: their lines, less each header. A quoted
    /// cell spanning lines counts once per line, so this is an upper bound; it lets an import that reads its files
    /// once tell the store how large it will be before its first part is written.
    /// </summary>
    public static async Task<long> CountRecordsAsync(CsvImportFiles files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var buffer = new byte[1024 * 1024];
        long records = 0;
        foreach (var path in files.Given.Where(File.Exists))
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
            long lines = 0;
            var last = (byte)'\n';
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            records += Math.Max(0, lines + (last == '\n' ? 0 : 1) - 1);
        }

        return records;
    }

    /// <summary>Reads one file into the current part, yielding each part that fills up.</summary>
    private static async IAsyncEnumerable<CsvImport> ReadFileAsync(
        string path,
        IReadOnlyList<string> known,
        IReadOnlyList<string> required,
        Action<Row, CsvImport> read,
        Parts parts,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            parts.Current.ReadErrors.Add(new ValidationError(path, CsvErrorCodes.FileNotFound, $"The file '{Path.GetFullPath(path)}' does not exist."));
            yield break;
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        using var text = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true, 64 * 1024);
        Dictionary<string, int>? columns = null;
        var problemsBefore = parts.FileProblems;
        var enumerator = new CsvRowReader(text).ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                ValidationError? stop = null;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (CsvSyntaxException exception)
                {
                    stop = new ValidationError($"{path}:{exception.Line}", CsvErrorCodes.InvalidCsv,
                        $"Not valid CSV at character {exception.Character}: {exception.Problem}");
                }
                catch (DecoderFallbackException)
                {
                    stop = new ValidationError(path, CsvErrorCodes.InvalidEncoding, "The file is not valid UTF-8 text; save it as UTF-8.");
                }

                if (stop is not null)
                {
                    parts.Add(stop);
                    break;
                }

                var row = enumerator.Current;
                var origin = new CsvOrigin(path, row.Line);
                if (columns is null)
                {
                    columns = ReadHeader(origin, row.Fields, known, required, parts.Current.ReadErrors);
                    if (columns is null)
                    {
                        parts.FileProblems++;
                        break;
                    }

                    continue;
                }

                if (row.Fields.Count != columns.Count)
                {
                    parts.Add(new ValidationError(origin.ToString(), CsvErrorCodes.WrongFieldCount,
                        $"The row has {row.Fields.Count} {(row.Fields.Count == 1 ? "field" : "fields")} but the header has {columns.Count} columns."));
                    continue;
                }

                var errorsBefore = parts.Current.ReadErrors.Count;
                read(new Row(origin, row.Fields, columns, parts.Current.ReadErrors), parts.Current);
                parts.FileProblems += parts.Current.ReadErrors.Count - errorsBefore;
                if (parts.Current.RecordCount >= parts.Size)
                {
                    yield return parts.Current;
                    parts.Current = new CsvImport();
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        if (columns is null && parts.FileProblems == problemsBefore)
        {
            parts.Add(new ValidationError(path, CsvErrorCodes.MissingHeader,
                $"The file is empty; its first line must name the columns: {string.Join(",", known)}."));
        }
    }

    private static Dictionary<string, int>? ReadHeader(
        CsvOrigin origin, IReadOnlyList<string> names, IReadOnlyList<string> known, IReadOnlyList<string> required, List<ValidationError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new ValidationError(origin.Cell((i + 1).ToString(CultureInfo.InvariantCulture)), CsvErrorCodes.UnknownColumn,
                    $"Unknown column '{name}'{ClosestMatch.Hint(name, known)}; the columns are: {string.Join(", ", known)}."));
                ok = false;
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new ValidationError(origin.Cell(name), CsvErrorCodes.DuplicateColumn, $"The column '{name}' appears twice."));
                ok = false;
            }
        }

        foreach (var missing in required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(new ValidationError(origin.ToString(), CsvErrorCodes.MissingColumn, $"The required column '{missing}' is missing."));
            ok = false;
        }

        return ok ? columns : null;
    }

    private static void ReadSource(Row row, CsvImport import)
    {
        import.Sources.Add(new Source
        {
            Key = row.Text("key") ?? string.Empty,
            Title = row.Text("title") ?? string.Empty,
            Publisher = row.Text("publisher"),
            Url = row.Text("url"),
            PublishedOn = row.Date("publishedOn"),
            AccessedOn = row.Date("accessedOn"),
        });
        import.SourceOrigins.Add(row.Origin);
    }

    private static void ReadEntity(Row row, CsvImport import)
    {
        var kindName = row.Text("kind");
        var kind = (EntityKind)(-1);
        if (kindName is not null && EntityKindNames.TryParse(kindName, out var parsed))
        {
            kind = parsed;
        }
        else if (kindName is not null)
        {
            row.Error("kind", ValidationCodes.UnknownKind,
                $"Unknown kind '{kindName}'{ClosestMatch.Hint(kindName, EntityKindNames.Spellings)}; use one of "
                + $"{string.Join(", ", EntityKindNames.Spellings)} (case does not matter).");
        }

        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var definition in CsvLayout.PropertyColumns)
        {
            if (row.Property(definition) is { } value)
            {
                properties[definition.Name] = value;
            }
        }

        import.Entities.Add(new Entity
        {
            Key = row.Text("key") ?? string.Empty,
            Kind = kind,
            Name = row.Text("name") ?? string.Empty,
            Aliases = row.List("aliases"),
            Description = row.Text("description"),
            SourceKeys = row.List("sources"),
            Citations = row.Citations("citations"),
            Properties = properties,
        });
        import.EntityOrigins.Add(row.Origin);
    }

    private static void ReadRelationship(Row row, CsvImport import)
    {
        var type = row.Text("type") ?? string.Empty;
        var from = row.Text("from") ?? string.Empty;
        var to = row.Text("to") ?? string.Empty;
        var role = row.Text("role");
        var confidence = Confidence.Confirmed;
        if (row.Text("confidence") is { } confidenceName)
        {
            if (Enum.TryParse<Confidence>(confidenceName, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(confidenceName[0]))
            {
                confidence = parsed;
            }
            else
            {
                confidence = (Confidence)(-1);
                row.Error("confidence", ValidationCodes.InvalidConfidence,
                    $"Unknown confidence '{confidenceName}'; use {string.Join(" or ", Enum.GetNames<Confidence>())}.");
            }
        }

        import.Relationships.Add(new Relationship
        {
            Key = row.Text("key") ?? KeyDerivation.RelationshipKey(type, from, to, role),
            Type = type,
            FromKey = from,
            ToKey = to,
            Role = role,
            SinceYear = row.Year("sinceYear"),
            UntilYear = row.Year("untilYear"),
            Amount = row.Number("amount"),
            Currency = row.Text("currency"),
            Note = row.Text("note"),
            Confidence = confidence,
            SourceKeys = row.List("sources"),
            Citations = row.Citations("citations"),
        });
        import.RelationshipOrigins.Add(row.Origin);
    }

    /// <summary>One data row, read by column name; a cell that cannot be read is reported and taken as not set.</summary>
    private sealed class Row(CsvOrigin origin, IReadOnlyList<string> fields, Dictionary<string, int> columns, List<ValidationError> errors)
    {
        public CsvOrigin Origin => origin;

        /// <summary>A text cell, with the quote an export put before a would-be formula removed (<see cref="CsvFormulaGuard"/>).</summary>
        public string? Text(string column) => Cell(column) is { } cell ? CsvFormulaGuard.Restore(cell) : null;

        /// <summary>A cell as written: numbers and dates, which exports never guard.</summary>
        private string? Cell(string column) =>
            columns.TryGetValue(column, out var index) && fields[index].Length > 0 ? fields[index] : null;

        public void Error(string column, string code, string message) =>
            errors.Add(new ValidationError(origin.Cell(column), code, message));

        public IReadOnlyList<string> List(string column)
        {
            if (Text(column) is not { } cell)
            {
                return [];
            }

            if (CsvLists.Split(cell, out var problem) is { } items)
            {
                return items;
            }

            Error(column, CsvErrorCodes.InvalidValue, $"'{cell}' is not a list of values separated by |: {problem}");
            return [];
        }

        public IReadOnlyList<Citation> Citations(string column)
        {
            if (Cell(column) is not { } cell)
            {
                return [];
            }

            if (CitationJson.TryRead(cell, out var citations, out var problem))
            {
                return citations;
            }

            Error(column, CsvErrorCodes.InvalidValue,
                $"The citations are not a JSON array like [{{\"source\": \"<key>\", \"quote\": \"…\"}}]: {problem}.");
            return [];
        }

        public DateOnly? Date(string column)
        {
            if (Cell(column) is not { } cell)
            {
                return null;
            }

            if (DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(column, ValidationCodes.InvalidDate, $"'{cell}' is not a date written YYYY-MM-DD.");
            return null;
        }

        public int? Year(string column)
        {
            if (Cell(column) is not { } cell)
            {
                return null;
            }

            if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
            {
                return year;
            }

            Error(column, CsvErrorCodes.InvalidValue, $"'{cell}' is not a whole number.");
            return null;
        }

        public double? Number(string column)
        {
            if (Cell(column) is not { } cell)
            {
                return null;
            }

            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return number;
            }

            Error(column, CsvErrorCodes.InvalidValue, $"'{cell}' is not a number (use a dot for decimals, no thousands separators).");
            return null;
        }

        public PropertyValue? Property(PropertyDefinition definition)
        {
            if (Cell(definition.Name) is not { } cell)
            {
                return null;
            }

            switch (definition.Type)
            {
                case PropertyType.Text:
                    return PropertyValue.FromText(CsvFormulaGuard.Restore(cell));
                case PropertyType.Integer:
                    if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    {
                        return PropertyValue.FromInteger(integer);
                    }

                    Error(definition.Name, ValidationCodes.PropertyType, $"'{cell}' is not a whole number.");
                    return null;
                default:
                    return Number(definition.Name) is { } number ? PropertyValue.FromNumber(number) : null;
            }
        }
    }

    /// <summary>The part being filled and the running totals of one <see cref="ReadPartsAsync"/>.</summary>
    private sealed class Parts(int size)
    {
        public int Size { get; } = size;

        public CsvImport Current { get; set; } = new();

        /// <summary>Problems met in the file being read, to tell an empty file from one whose header was refused.</summary>
        public int FileProblems { get; set; }

        public void Add(ValidationError error)
        {
            Current.ReadErrors.Add(error);
            FileProblems++;
        }
    }
}
