using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Client.TypedJson;

/// <summary>
/// Writes .NET values as typed JSON parameters, so that a <see cref="double"/> stays a Cypher FLOAT even when it has
/// no fraction, and dates stay dates. The inverse of <see cref="TypedJsonDecoder"/>.
/// </summary>
public static class TypedJsonEncoder
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                WriteTyped(writer, "Null", w => w.WriteNullValue());
                break;
            case bool b:
                WriteTyped(writer, "Boolean", w => w.WriteBooleanValue(b));
                break;
            case string s:
                WriteText(writer, "String", s);
                break;
            case byte or sbyte or short or ushort or int or uint or long:
                WriteText(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case float or double or decimal:
                WriteText(writer, "Float", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes:
                WriteText(writer, "Base64", Convert.ToBase64String(bytes));
                break;
            case DateOnly date:
                WriteText(writer, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case TimeOnly time:
                WriteText(writer, "LocalTime", time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));
                break;
            case Neo4jTime zonedTime:
                WriteText(writer, "Time", zonedTime.Time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + FormatOffset(zonedTime.Offset));
                break;
            case DateTime local:
                WriteText(writer, "LocalDateTime", local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));
                break;
            case DateTimeOffset instant:
                WriteText(writer, "OffsetDateTime", FormatInstant(instant));
                break;
            case Neo4jZonedDateTime zoned:
                WriteText(writer, "ZonedDateTime", $"{FormatInstant(zoned.Value)}[{zoned.ZoneId}]");
                break;
            case Neo4jDuration duration:
                WriteText(writer, "Duration", FormatDuration(duration));
                break;
            case Neo4jPoint point:
                WriteText(writer, "Point", FormatPoint(point));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteTyped(writer, "Map", w => WriteMap(w, map));
                break;
            case IDictionary dictionary:
                WriteTyped(writer, "Map", w => WriteMap(w, dictionary.Keys.Cast<object>()
                    .Select(k => new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture)!, dictionary[k]))));
                break;
            case IEnumerable list:
                WriteTyped(writer, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in list)
                    {
                        Write(w, item);
                    }

                    w.WriteEndArray();
                });
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType().Name} cannot be sent as a Cypher parameter.", nameof(value));
        }
    }

    /// <summary>Writes a parameter map: each entry typed.</summary>
    public static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static string FormatDuration(Neo4jDuration duration)
    {
        var builder = new StringBuilder("P");
        builder.Append(CultureInfo.InvariantCulture, $"{duration.Months}M{duration.Days}DT");
        var seconds = duration.Seconds + (duration.Nanoseconds / 1_000_000_000m);
        builder.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        return builder.ToString();
    }

    private static string FormatPoint(Neo4jPoint point)
    {
        var x = FormatFloat(point.X);
        var y = FormatFloat(point.Y);
        return point.Z is { } z
            ? $"SRID={point.Srid};POINT Z ({x} {y} {FormatFloat(z)})"
            : $"SRID={point.Srid};POINT ({x} {y})";
    }

    private static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + FormatOffset(instant.Offset);

    private static string FormatOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero
            ? "Z"
            : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static void WriteText(Utf8JsonWriter writer, string type, string text) =>
        WriteTyped(writer, type, w => w.WriteStringValue(text));

    private static void WriteTyped(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }
}
