using System.Globalization;
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
    private const int ProgressEveryRows = 1000;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the given files; <paramref name="bytesRead"/>, when given, hears the running total of bytes read over all
    /// files (compare with their total length for a progress bar).
    /// </summary>
    public static async Task<CsvImport> ReadAsync(
        CsvImportFiles files, IProgress<long>? bytesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var import = new CsvImport();
        long before = 0;
        if (files.Sources is { } sources)
        {
            before += await ReadFileAsync(sources, CsvLayout.SourceColumns, CsvLayout.RequiredSourceColumns, import, ReadSource, before, bytesRead, cancellationToken).ConfigureAwait(false);
        }

        if (files.Entities is { } entities)
        {
            before += await ReadFileAsync(entities, CsvLayout.EntityColumns, CsvLayout.RequiredEntityColumns, import, ReadEntity, before, bytesRead, cancellationToken).ConfigureAwait(false);
        }

        if (files.Relationships is { } relationships)
        {
            await ReadFileAsync(relationships, CsvLayout.RelationshipColumns, CsvLayout.RequiredRelationshipColumns, import, ReadRelationship, before, bytesRead, cancellationToken).ConfigureAwait(false);
        }

        return import;
    }

    /// <summary>Reads one file; returns its length in bytes.</summary>
    private static async Task<long> ReadFileAsync(
        string path,
        IReadOnlyList<string> known,
        IReadOnlyList<string> required,
        CsvImport import,
        Action<Row, CsvImport> read,
        long before,
        IProgress<long>? bytesRead,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            import.ReadErrors.Add(new ValidationError(path, CsvErrorCodes.FileNotFound, $"The file '{Path.GetFullPath(path)}' does not exist."));
            return 0;
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        using var text = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true, 64 * 1024);
        Dictionary<string, int>? columns = null;
        var rows = 0;
        try
        {
            await foreach (var row in new CsvRowReader(text).ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var origin = new CsvOrigin(path, row.Line);
                if (columns is null)
                {
                    columns = ReadHeader(origin, row.Fields, known, required, import.ReadErrors);
                    if (columns is null)
                    {
                        return file.Length;
                    }

                    continue;
                }

                if (row.Fields.Count != columns.Count)
                {
                    import.ReadErrors.Add(new ValidationError(origin.ToString(), CsvErrorCodes.WrongFieldCount,
                        $"The row has {row.Fields.Count} {(row.Fields.Count == 1 ? "field" : "fields")} but the header has {columns.Count} columns."));
                    continue;
                }

                read(new Row(origin, row.Fields, columns, import.ReadErrors), import);
                if (++rows % ProgressEveryRows == 0)
                {
                    bytesRead?.Report(before + file.Position);
                }
            }
        }
        catch (CsvSyntaxException exception)
        {
            import.ReadErrors.Add(new ValidationError($"{path}:{exception.Line}", CsvErrorCodes.InvalidCsv,
                $"Not valid CSV at character {exception.Character}: {exception.Problem}"));
        }
        catch (DecoderFallbackException)
        {
            import.ReadErrors.Add(new ValidationError(path, CsvErrorCodes.InvalidEncoding, "The file is not valid UTF-8 text; save it as UTF-8."));
        }

        if (columns is null && !import.ReadErrors.Any(e => e.Path.StartsWith(path, StringComparison.Ordinal)))
        {
            import.ReadErrors.Add(new ValidationError(path, CsvErrorCodes.MissingHeader,
                $"The file is empty; its first line must name the columns: {string.Join(",", known)}."));
        }

        bytesRead?.Report(before + file.Length);
        return file.Length;
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
}
