using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Sqlite.Mapping;

/// <summary>
/// Serialises an entity's property bag to JSON and back without losing the value types: text as JSON strings,
/// integers as JSON integers, numbers always with a decimal point or exponent (so <c>3.0</c> stays a number).
/// SQLite's <c>json_extract</c> then yields TEXT, INTEGER and REAL, which compare and sort natively.
/// </summary>
public static class PropertyJson
{
    /// <summary>Text is stored as UTF-8 rather than \u escapes: smaller and readable with the sqlite3 shell.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyDictionary<string, PropertyValue> properties) => Write(properties, textOnly: null);

    /// <summary>Only the text properties, lower-cased, for the case-insensitive operators.</summary>
    public static string WriteFoldedText(IReadOnlyDictionary<string, PropertyValue> properties) => Write(properties, TextFolding.Fold);

    /// <summary>Only the text properties, as their <see cref="Collation.Key"/>, for sorting.</summary>
    public static string WriteSortKeys(IReadOnlyDictionary<string, PropertyValue> properties) => Write(properties, Collation.Key);

    public static IReadOnlyDictionary<string, PropertyValue> Read(string json)
    {
        var result = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        if (json.Length <= 2)
        {
            return result;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            result[property.Name] = value.ValueKind switch
            {
                JsonValueKind.String => PropertyValue.FromText(value.GetString()!),
                JsonValueKind.Number when IsInteger(value.GetRawText()) => PropertyValue.FromInteger(value.GetInt64()),
                JsonValueKind.Number => PropertyValue.FromNumber(value.GetDouble()),
                _ => throw new InvalidDataException($"Property '{property.Name}' holds unsupported JSON {value.ValueKind}."),
            };
        }

        return result;
    }

    /// <summary>Serialises a JSON array of strings (aliases, source keys).</summary>
    public static string WriteStrings(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<string> ReadStrings(string json)
    {
        if (json.Length <= 2)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var result = new List<string>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            result.Add(item.GetString()!);
        }

        return result;
    }

    /// <param name="textOnly">When set, only text properties are written, each through this function.</param>
    private static string Write(IReadOnlyDictionary<string, PropertyValue> properties, Func<string, string>? textOnly)
    {
        if (properties.Count == 0)
        {
            return "{}";
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                switch (value.Type)
                {
                    case PropertyType.Text:
                        writer.WriteString(name, textOnly is null ? value.Text : textOnly(value.Text!));
                        break;
                    case PropertyType.Integer when textOnly is null:
                        writer.WriteNumber(name, value.Integer);
                        break;
                    case PropertyType.Number when textOnly is null:
                        writer.WritePropertyName(name);
                        writer.WriteRawValue(FormatNumber(name, value.Number), skipInputValidation: true);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string FormatNumber(string name, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"Property '{name}' must be a finite number.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return IsInteger(text) ? text + ".0" : text;
    }

    private static bool IsInteger(string raw) => raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
}
