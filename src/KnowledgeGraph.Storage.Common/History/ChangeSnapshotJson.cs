using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Storage.Common.History;

/// <summary>
/// A change snapshot as one JSON text, the same in every store (a SQLite column, a string property of a Neo4j
/// <c>(:Change)</c> node, since Neo4j has no nested maps): the record's fields in camelCase, properties as a JSON object whose numbers always carry a decimal point or exponent so that
/// integers and numbers read back as they were, citations as <see cref="CitationJson"/> writes them; the subject kind
/// sits beside it, so the object carries no type tag.
/// </summary>
public static class ChangeSnapshotJson
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Write(ChangeSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            switch (snapshot)
            {
                case EntitySnapshot { Entity: var e }:
                    writer.WriteString("key", e.Key);
                    writer.WriteString("kind", e.Kind.ToString());
                    writer.WriteString("name", e.Name);
                    WriteStrings(writer, "aliases", e.Aliases);
                    writer.WriteString("description", e.Description);
                    WriteProperties(writer, e.Properties);
                    WriteStrings(writer, "sourceKeys", e.SourceKeys);
                    WriteCitations(writer, e.Citations);
                    writer.WriteNumber("version", e.Version);
                    break;
                case RelationshipSnapshot { Relationship: var r }:
                    writer.WriteString("key", r.Key);
                    writer.WriteString("type", r.Type);
                    writer.WriteString("fromKey", r.FromKey);
                    writer.WriteString("toKey", r.ToKey);
                    writer.WriteString("role", r.Role);
                    WriteNumber(writer, "sinceYear", r.SinceYear);
                    WriteNumber(writer, "untilYear", r.UntilYear);
                    if (r.Amount is { } amount)
                    {
                        writer.WriteNumber("amount", amount);
                    }
                    else
                    {
                        writer.WriteNull("amount");
                    }

                    writer.WriteString("currency", r.Currency);
                    writer.WriteString("note", r.Note);
                    writer.WriteString("confidence", r.Confidence.ToString());
                    WriteStrings(writer, "sourceKeys", r.SourceKeys);
                    WriteCitations(writer, r.Citations);
                    break;
                case SourceSnapshot { Source: var s }:
                    writer.WriteString("key", s.Key);
                    writer.WriteString("title", s.Title);
                    writer.WriteString("publisher", s.Publisher);
                    writer.WriteString("url", s.Url);
                    writer.WriteString("publishedOn", s.PublishedOn?.ToString(DateFormat, CultureInfo.InvariantCulture));
                    writer.WriteString("accessedOn", s.AccessedOn?.ToString(DateFormat, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Unknown snapshot type {snapshot.GetType().Name}.", nameof(snapshot));
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static ChangeSnapshot? Read(ChangeSubjectKind kind, string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var o = document.RootElement;
        return kind switch
        {
            ChangeSubjectKind.Entity => new EntitySnapshot(new Entity
            {
                Key = o.GetProperty("key").GetString()!,
                Kind = Enum.Parse<EntityKind>(o.GetProperty("kind").GetString()!),
                Name = o.GetProperty("name").GetString()!,
                Aliases = Strings(o, "aliases"),
                Description = Text(o, "description"),
                Properties = ReadProperties(o.GetProperty("properties")),
                SourceKeys = Strings(o, "sourceKeys"),
                Citations = Citations(o),
                Version = o.GetProperty("version").GetInt64(),
            }),
            ChangeSubjectKind.Relationship => new RelationshipSnapshot(new Relationship
            {
                Key = o.GetProperty("key").GetString()!,
                Type = o.GetProperty("type").GetString()!,
                FromKey = o.GetProperty("fromKey").GetString()!,
                ToKey = o.GetProperty("toKey").GetString()!,
                Role = Text(o, "role"),
                SinceYear = Number(o, "sinceYear") is { } since ? since.GetInt32() : null,
                UntilYear = Number(o, "untilYear") is { } until ? until.GetInt32() : null,
                Amount = Number(o, "amount")?.GetDouble(),
                Currency = Text(o, "currency"),
                Note = Text(o, "note"),
                Confidence = Enum.Parse<Confidence>(o.GetProperty("confidence").GetString()!),
                SourceKeys = Strings(o, "sourceKeys"),
                Citations = Citations(o),
            }),
            ChangeSubjectKind.Source => new SourceSnapshot(new Source
            {
                Key = o.GetProperty("key").GetString()!,
                Title = o.GetProperty("title").GetString()!,
                Publisher = Text(o, "publisher"),
                Url = Text(o, "url"),
                PublishedOn = Date(o, "publishedOn"),
                AccessedOn = Date(o, "accessedOn"),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown subject kind."),
        };
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, PropertyValue> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            switch (value.Type)
            {
                case PropertyType.Text:
                    writer.WriteString(name, value.Text);
                    break;
                case PropertyType.Integer:
                    writer.WriteNumber(name, value.Integer);
                    break;
                default:
                    var text = value.Number.ToString("R", CultureInfo.InvariantCulture);
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0", skipInputValidation: true);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static Dictionary<string, PropertyValue> ReadProperties(JsonElement properties)
    {
        var result = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            var value = property.Value;
            result[property.Name] = value.ValueKind switch
            {
                JsonValueKind.String => PropertyValue.FromText(value.GetString()!),
                JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny(['.', 'e', 'E']) < 0 => PropertyValue.FromInteger(value.GetInt64()),
                JsonValueKind.Number => PropertyValue.FromNumber(value.GetDouble()),
                _ => throw new FormatException($"Property '{property.Name}' holds unsupported JSON {value.ValueKind}."),
            };
        }

        return result;
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Only when there are any, so that a snapshot of a record without citations reads as it did before they existed.</summary>
    private static void WriteCitations(Utf8JsonWriter writer, IReadOnlyList<Citation> citations)
    {
        if (citations.Count > 0)
        {
            CitationJson.Write(writer, "citations", citations);
        }
    }

    /// <summary>Snapshots recorded before citations existed, or of records without any, have none.</summary>
    private static IReadOnlyList<Citation> Citations(JsonElement o) =>
        o.TryGetProperty("citations", out var value) ? CitationJson.Read(value) : [];

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Number(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value : null;

    private static DateOnly? Date(JsonElement o, string name) =>
        Text(o, name) is { } text ? DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<string> Strings(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(item => item.GetString()!).ToList()
            : [];
}
