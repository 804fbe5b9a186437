using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// The field rules of seed files, shared by the whole-document reader (<see cref="SeedFileParser"/>) and the streaming
/// one (<see cref="SeedStreamReader"/>): turns each record of one file into a domain record, and words every
/// structural problem (syntax, unknown fields, wrong JSON types, unknown kinds) with the file and record. Domain rules
/// are left to <see cref="GraphChangeValidator"/>; a value the domain cannot even represent (an unknown kind or
/// confidence) is kept as an undefined enum value so that the record still takes part in key and reference checks.
/// </summary>
internal sealed class SeedRecordParser(string displayPath, SeedRecords records)
{
    /// <summary>The enum value standing for a kind or confidence that the reader could not recognise.</summary>
    internal const int Unrecognised = -1;

    /// <summary>The arrays a seed file may hold, in the order they are read.</summary>
    internal static readonly string[] Sections = ["sources", "entities", "relationships", "statements"];

    /// <summary>How a seed file is parsed: also the reader options of the streaming reader, so both refuse the same files.</summary>
    internal static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
    };

    private static readonly string[] SourceFields = ["key", "title", "publisher", "url", "publishedOn", "accessedOn", "archive"];
    private static readonly string[] EntityFields = ["key", "kind", "name", "aliases", "description", "properties", "sources", "citations"];

    private static readonly string[] RelationshipFields =
        ["key", "type", "from", "to", "role", "sinceYear", "untilYear", "amount", "currency", "note", "confidence", "sources", "citations"];

    private static readonly string[] CitationFields = ["source", "quote", "locator", "about"];
    private static readonly string[] StatementFields = ["id", "source", "quote", "holds", "note"];
    private static readonly string[] HoldFields = ["entity", "relationship"];

    /// <summary>The file is not JSON (or repeats a property): nothing more is read from it.</summary>
    public void InvalidJson(JsonException exception)
    {
        var where = exception.LineNumber is { } line
            ? $"{displayPath} (line {line + 1}, column {(exception.BytePositionInLine ?? 0) + 1})"
            : displayPath;
        Error(where, SeedErrorCodes.InvalidJson, $"Invalid JSON: {WithoutPosition(exception.Message)}");
    }

    public void RootNotAnObject(JsonValueKind kind) =>
        Error(displayPath, SeedErrorCodes.WrongJsonType,
            $"A seed file holds one JSON object with 'sources', 'entities', 'relationships' and/or 'statements' arrays, not {Describe(kind)}.");

    /// <summary>Reports a top-level field that is none of <see cref="Sections"/>.</summary>
    public void CheckSection(string name) => CheckField(displayPath + ": ", name, Sections, "a seed file");

    public void SectionNotAnArray(string name, JsonValueKind kind) =>
        Error($"{displayPath}: {name}", SeedErrorCodes.WrongJsonType, $"'{name}' must be an array, not {Describe(kind)}.");

    /// <summary>Reads item <paramref name="index"/> of the array <paramref name="section"/>, one of <see cref="Sections"/>.</summary>
    public void ReadItem(string section, int index, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            ItemNotAnObject(section, index, item.ValueKind);
            return;
        }

        switch (section)
        {
            case "sources":
                ReadSource(item, index);
                break;
            case "entities":
                ReadEntity(item, index);
                break;
            case "relationships":
                ReadRelationship(item, index);
                break;
            case "statements":
                ReadStatement(item, index);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(section), section, "Not an array of a seed file.");
        }
    }

    /// <summary>An item of a section that is not an object (the streaming reader reports it without parsing it).</summary>
    public void ItemNotAnObject(string section, int index, JsonValueKind kind) =>
        Error($"{displayPath}: {section}[{index}]", SeedErrorCodes.WrongJsonType, $"Each of '{section}' must be an object, not {Describe(kind)}.");

    private void ReadSource(JsonElement json, int index)
    {
        var key = String(json, "key", null) ?? string.Empty;
        var origin = new SeedOrigin(displayPath, "sources", index, key);
        var path = origin.ToString();
        CheckFields(path + ".", json, SourceFields, "a source");
        String(json, "key", path);
        var source = new Source
        {
            Key = key,
            Title = String(json, "title", path) ?? string.Empty,
            Publisher = Blank(String(json, "publisher", path)),
            Url = Blank(String(json, "url", path)),
            PublishedOn = Date(json, "publishedOn", path),
            AccessedOn = Date(json, "accessedOn", path),
        };
        records.Sources.Add(new SeedRecord<Source>(source, origin));
        if (Blank(String(json, "archive", path)) is { } archive)
        {
            records.Archives.Add(new SeedRecord<SeedArchive>(new SeedArchive(key, archive, null), origin));
        }
    }

    private void ReadEntity(JsonElement json, int index)
    {
        var key = String(json, "key", null) ?? string.Empty;
        var origin = new SeedOrigin(displayPath, "entities", index, key);
        var path = origin.ToString();
        CheckFields(path + ".", json, EntityFields, "an entity");
        String(json, "key", path);
        var kind = Kind(json, path);
        var entity = new Entity
        {
            Key = key,
            Kind = kind,
            Name = String(json, "name", path) ?? string.Empty,
            Aliases = Strings(json, "aliases", path),
            Description = Blank(String(json, "description", path)),
            Properties = Properties(json, kind, path),
            SourceKeys = Strings(json, "sources", path),
            Citations = Citations(json, path),
        };
        records.Entities.Add(new SeedRecord<Entity>(entity, origin));
    }

    private void ReadRelationship(JsonElement json, int index)
    {
        var type = String(json, "type", null);
        var from = String(json, "from", null);
        var to = String(json, "to", null);
        var role = Blank(String(json, "role", null));
        var key = String(json, "key", null) ?? KeyDerivation.RelationshipKey(type, from, to, role);
        var origin = new SeedOrigin(displayPath, "relationships", index, key);
        var path = origin.ToString();
        CheckFields(path + ".", json, RelationshipFields, "a relationship");

        // Re-read with the path so that wrong JSON types are reported against the record.
        String(json, "key", path);
        String(json, "type", path);
        String(json, "from", path);
        String(json, "to", path);
        String(json, "role", path);

        var relationship = new Relationship
        {
            Key = key,
            Type = type ?? string.Empty,
            FromKey = from ?? string.Empty,
            ToKey = to ?? string.Empty,
            Role = role,
            SinceYear = Integer(json, "sinceYear", path),
            UntilYear = Integer(json, "untilYear", path),
            Amount = Number(json, "amount", path),
            Currency = Blank(String(json, "currency", path)),
            Note = Blank(String(json, "note", path)),
            Confidence = ConfidenceOf(json, path),
            SourceKeys = Strings(json, "sources", path),
            Citations = Citations(json, path),
        };
        records.Relationships.Add(new SeedRecord<Relationship>(relationship, origin));
    }

    private void ReadStatement(JsonElement json, int index)
    {
        var id = String(json, "id", null) ?? string.Empty;
        var origin = new SeedOrigin(displayPath, "statements", index, id, "id");
        var path = origin.ToString();
        CheckFields(path + ".", json, StatementFields, "a statement");
        String(json, "id", path);
        var holds = new List<SeedStatementHold>();
        foreach (var (hold, holdPath) in Objects(json, "holds", path))
        {
            CheckFields(holdPath + ".", hold, HoldFields, "a statement's holds");
            holds.Add(new SeedStatementHold(Blank(String(hold, "entity", holdPath)), Blank(String(hold, "relationship", holdPath))));
        }

        var statement = new SeedStatement
        {
            Id = id,
            SourceKey = String(json, "source", path) ?? string.Empty,
            Quote = String(json, "quote", path) ?? string.Empty,
            Holds = holds,
            Note = Blank(String(json, "note", path)),
        };
        records.Statements.Add(new SeedRecord<SeedStatement>(statement, origin));
    }

    private List<Citation> Citations(JsonElement json, string path)
    {
        var citations = new List<Citation>();
        foreach (var (citation, citationPath) in Objects(json, "citations", path))
        {
            CheckFields(citationPath + ".", citation, CitationFields, "a citation");

            // The quote is kept as written: an empty one is an error of its own, not a missing one.
            citations.Add(new Citation
            {
                SourceKey = String(citation, "source", citationPath) ?? string.Empty,
                Quote = String(citation, "quote", citationPath),
                Locator = Blank(String(citation, "locator", citationPath)),
                About = Blank(String(citation, "about", citationPath)),
            });
        }

        return citations;
    }

    /// <summary>The objects of the array <paramref name="field"/>, each with its path; reports anything else.</summary>
    private List<(JsonElement Item, string Path)> Objects(JsonElement json, string field, string path)
    {
        var items = new List<(JsonElement, string)>();
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return items;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"{path}.{field}", SeedErrorCodes.WrongJsonType, $"'{field}' must be an array of objects, not {Describe(value.ValueKind)}.");
            return items;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}.{field}[{index++}]";
            if (item.ValueKind == JsonValueKind.Object)
            {
                items.Add((item, itemPath));
            }
            else
            {
                Error(itemPath, SeedErrorCodes.WrongJsonType, $"Each of '{field}' must be an object, not {Describe(item.ValueKind)}.");
            }
        }

        return items;
    }

    private EntityKind Kind(JsonElement json, string path)
    {
        var name = String(json, "kind", path);
        if (string.IsNullOrEmpty(name))
        {
            Error(path + ".kind", ValidationCodes.Required, $"The kind is missing; one of {string.Join(", ", Enum.GetNames<EntityKind>())}.");
            return (EntityKind)Unrecognised;
        }

        // Names only: Enum.TryParse would also take "3" or "Project, Region".
        if (Enum.GetNames<EntityKind>().Contains(name, StringComparer.Ordinal))
        {
            return Enum.Parse<EntityKind>(name);
        }

        Error(path + ".kind", ValidationCodes.UnknownKind,
            $"Unknown kind '{name}'{ClosestMatch.Hint(name, Enum.GetNames<EntityKind>())}; known kinds: {string.Join(", ", Enum.GetNames<EntityKind>())}.");
        return (EntityKind)Unrecognised;
    }

    private Confidence ConfidenceOf(JsonElement json, string path)
    {
        var name = String(json, "confidence", path);
        if (string.IsNullOrEmpty(name))
        {
            return Confidence.Confirmed;
        }

        if (Enum.GetNames<Confidence>().Contains(name, StringComparer.Ordinal))
        {
            return Enum.Parse<Confidence>(name);
        }

        Error(path + ".confidence", ValidationCodes.InvalidConfidence,
            $"Unknown confidence '{name}'; use {string.Join(" or ", Enum.GetNames<Confidence>())}.");
        return (Confidence)Unrecognised;
    }

    private Dictionary<string, PropertyValue> Properties(JsonElement json, EntityKind kind, string path)
    {
        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        if (!json.TryGetProperty("properties", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return properties;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path + ".properties", SeedErrorCodes.WrongJsonType, $"'properties' must be an object, not {Describe(element.ValueKind)}.");
            return properties;
        }

        var definition = Enum.IsDefined(kind) ? EntityKinds.Get(kind) : null;
        foreach (var property in element.EnumerateObject())
        {
            var declared = definition?.Find(property.Name)?.Type;
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    properties[property.Name] = PropertyValue.FromText(value.GetString()!);
                    break;
                case JsonValueKind.Number when declared != PropertyType.Number && value.TryGetInt64(out var integer):
                    properties[property.Name] = PropertyValue.FromInteger(integer);
                    break;
                case JsonValueKind.Number:
                    properties[property.Name] = PropertyValue.FromNumber(value.GetDouble());
                    break;
                default:
                    Error($"{path}.properties.{property.Name}", SeedErrorCodes.WrongJsonType,
                        $"A property value is a string or a number, not {Describe(value.ValueKind)}.");
                    break;
            }
        }

        return properties;
    }

    /// <summary>The string field, or null when absent or null; reports other JSON types when <paramref name="path"/> is given.</summary>
    private string? String(JsonElement json, string field, string? path)
    {
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (path is not null)
        {
            Error($"{path}.{field}", SeedErrorCodes.WrongJsonType, $"'{field}' must be a string, not {Describe(value.ValueKind)}.");
        }

        return null;
    }

    private List<string> Strings(JsonElement json, string field, string path)
    {
        var list = new List<string>();
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            Error($"{path}.{field}", SeedErrorCodes.WrongJsonType, $"'{field}' must be an array of strings: write [\"{value.GetString()}\"].");
            return list;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"{path}.{field}", SeedErrorCodes.WrongJsonType, $"'{field}' must be an array of strings, not {Describe(value.ValueKind)}.");
            return list;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                Error($"{path}.{field}[{index}]", SeedErrorCodes.WrongJsonType, $"Each of '{field}' must be a string, not {Describe(item.ValueKind)}.");
            }

            index++;
        }

        return list;
    }

    private int? Integer(JsonElement json, string field, string path)
    {
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var integer))
        {
            return integer;
        }

        Error($"{path}.{field}", SeedErrorCodes.WrongJsonType, $"'{field}' must be a whole number, not {Describe(value)}.");
        return null;
    }

    private double? Number(JsonElement json, string field, string path)
    {
        if (!json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        Error($"{path}.{field}", SeedErrorCodes.WrongJsonType, $"'{field}' must be a number, not {Describe(value)}.");
        return null;
    }

    private DateOnly? Date(JsonElement json, string field, string path)
    {
        var text = Blank(String(json, field, path));
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error($"{path}.{field}", ValidationCodes.InvalidDate, $"'{field}' must be a date written YYYY-MM-DD, not '{text}'.");
        return null;
    }

    /// <summary>Reports fields not in <paramref name="known"/>; each path is <paramref name="prefix"/> followed by the field.</summary>
    private void CheckFields(string prefix, JsonElement json, string[] known, string what)
    {
        foreach (var property in json.EnumerateObject())
        {
            CheckField(prefix, property.Name, known, what);
        }
    }

    private void CheckField(string prefix, string name, string[] known, string what)
    {
        if (!known.Contains(name, StringComparer.Ordinal))
        {
            Error(prefix + name, SeedErrorCodes.UnknownField,
                $"Unknown field '{name}' in {what}{ClosestMatch.Hint(name, known)}; fields: {string.Join(", ", known)}.");
        }
    }

    private void Error(string path, string code, string message) => records.Errors.Add(new ValidationError(path, code, message));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Describe(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? $"the number {value.GetRawText()}" : Describe(value.ValueKind);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
