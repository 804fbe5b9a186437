using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Storage.Common;

/// <summary>
/// A record's citations as one JSON array, the same in every store (a SQLite column, a string property in Neo4j,
/// which has no lists of maps, and inside change snapshots): <c>[{"source":"…","quote":"…","locator":"…","about":"…"}]</c>,
/// fields named as in seed files, absent fields left out, citations in the order given.
/// </summary>
public static class CitationJson
{
    public const string Empty = "[]";

    private static readonly string[] Fields = ["source", "quote", "locator", "about"];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Citation>? citations)
    {
        if (citations is not { Count: > 0 })
        {
            return Empty;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteArray(writer, citations);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the citations as the property <paramref name="name"/> of the object being written.</summary>
    public static void Write(Utf8JsonWriter writer, string name, IReadOnlyList<Citation>? citations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        WriteArray(writer, citations ?? []);
    }

    public static IReadOnlyList<Citation> Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == Empty)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    public static IReadOnlyList<Citation> Read(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return array.EnumerateArray().Select(c => new Citation
        {
            SourceKey = c.GetProperty("source").GetString()!,
            Quote = Text(c, "quote"),
            Locator = Text(c, "locator"),
            About = Text(c, "about"),
        }).ToList();
    }

    /// <summary>
    /// Reads citations written by hand or by another tool (a CSV cell): false, with the problem in words, when the text
    /// is not a JSON array of objects with a string <c>source</c> and optional string <c>quote</c>, <c>locator</c>, <c>about</c>.
    /// </summary>
    public static bool TryRead(string json, out IReadOnlyList<Citation> citations, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(json);
        citations = [];
        try
        {
            using var document = JsonDocument.Parse(json);
            var array = document.RootElement;
            if (array.ValueKind != JsonValueKind.Array)
            {
                problem = "citations are a JSON array of objects";
                return false;
            }

            var read = new List<Citation>();
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    problem = "each citation is a JSON object";
                    return false;
                }

                problem = item.EnumerateObject().Where(p => !Fields.Contains(p.Name) || p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    .Select(p => Fields.Contains(p.Name) ? $"'{p.Name}' must be a string" : $"unknown field '{p.Name}' (fields: {string.Join(", ", Fields)})")
                    .FirstOrDefault();
                if (problem is not null)
                {
                    return false;
                }

                if (Text(item, "source") is not { } source)
                {
                    problem = "each citation names its 'source'";
                    return false;
                }

                read.Add(new Citation { SourceKey = source, Quote = Text(item, "quote"), Locator = Text(item, "locator"), About = Text(item, "about") });
            }

            citations = read;
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = "not JSON: " + e.Message;
            return false;
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<Citation> citations)
    {
        writer.WriteStartArray();
        foreach (var citation in citations)
        {
            writer.WriteStartObject();
            writer.WriteString("source", citation.SourceKey);
            WriteIfSet(writer, "quote", citation.Quote);
            WriteIfSet(writer, "locator", citation.Locator);
            WriteIfSet(writer, "about", citation.About);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
