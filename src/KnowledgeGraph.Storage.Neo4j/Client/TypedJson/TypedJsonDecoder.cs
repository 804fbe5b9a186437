using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Client.TypedJson;

/// <summary>
/// Decodes the Query API's typed JSON (<c>{"$type": …, "_value": …}</c>) into .NET values: Null → null,
/// Boolean → bool, Integer → long, Float → double, String → string, Base64 → byte[], Date → DateOnly,
/// Time → <see cref="Neo4jTime"/>, LocalTime → TimeOnly, OffsetDateTime/DateTime → DateTimeOffset (or
/// <see cref="Neo4jZonedDateTime"/> when a zone id is given), ZonedDateTime → <see cref="Neo4jZonedDateTime"/>,
/// LocalDateTime → DateTime, Duration → <see cref="Neo4jDuration"/>, Point → <see cref="Neo4jPoint"/>,
/// Map → dictionary, List → list, Node/Relationship/Path → the graph records. Plain JSON values decode too. A value of
/// a shape it does not know fails with a <see cref="FormatException"/>, whatever went wrong inside.
/// </summary>
public static partial class TypedJsonDecoder
{
    /// <exception cref="FormatException">The element is not a value this decoder can read.</exception>
    public static object? Decode(JsonElement element)
    {
        try
        {
            return DecodeValue(element);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or OverflowException or ArgumentException)
        {
            throw new FormatException($"A typed value could not be read ({ex.Message}): {Excerpt(element)}", ex);
        }
    }

    private static string Excerpt(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    private static object? DecodeValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble();
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(DecodeValue).ToList();
        }

        if (element.TryGetProperty("$type", out var typeElement) && element.TryGetProperty("_value", out var value))
        {
            return DecodeTyped(typeElement.GetString() ?? string.Empty, value);
        }

        return DecodePlainMap(element);
    }

    private static object? DecodeTyped(string type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.GetBoolean(),
        "Integer" => ParseInteger(value),
        "Float" => ParseFloat(value),
        "String" => value.GetString(),
        "Base64" => Convert.FromBase64String(value.GetString() ?? string.Empty),
        "Date" => DateOnly.ParseExact(Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        "Time" => ParseTime(Text(value)),
        "LocalTime" => TimeOnly.Parse(ToTicks(Text(value)), CultureInfo.InvariantCulture),
        "OffsetDateTime" or "DateTime" or "ZonedDateTime" => ParseDateTime(Text(value)),
        "LocalDateTime" => DateTime.Parse(ToTicks(Text(value)), CultureInfo.InvariantCulture, DateTimeStyles.None),
        "Duration" => ParseDuration(Text(value)),
        "Point" => ParsePoint(value),
        "Map" => DecodeTypedMap(value),
        "List" => value.EnumerateArray().Select(DecodeValue).ToList(),
        "Node" => DecodeNode(value),
        "Relationship" => DecodeRelationship(value),
        "Path" => DecodePath(value),
        "Vector" => DecodeVector(value),
        "Unsupported" => new Neo4jUnsupportedValue(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()),
        _ => throw new FormatException($"The Query API returned a value of unknown type '{type}'."),
    };

    private static string Text(JsonElement value) =>
        value.GetString() ?? throw new FormatException("A typed value had no text.");

    private static long ParseInteger(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? value.GetInt64()
        : long.Parse(Text(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static double ParseFloat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        var text = Text(value);
        return text.ToUpperInvariant() switch
        {
            "NAN" or "-NAN" => double.NaN,
            "INFINITY" or "+INFINITY" => double.PositiveInfinity,
            "-INFINITY" => double.NegativeInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static Neo4jTime ParseTime(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a zoned time.");
        }

        var time = TimeOnly.Parse(ToTicks(match.Groups["time"].Value), CultureInfo.InvariantCulture);
        return new Neo4jTime(time, ParseOffset(match.Groups["offset"].Value));
    }

    private static TimeSpan ParseOffset(string offset)
    {
        if (offset is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = offset[0] == '-' ? -1 : 1;
        var parts = offset[1..].Split(':');
        var hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minutes = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var seconds = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(hours, minutes, seconds);
    }

    private static object ParseDateTime(string text)
    {
        var zoneStart = text.IndexOf('[', StringComparison.Ordinal);
        var instant = zoneStart < 0 ? text : text[..zoneStart];
        var value = DateTimeOffset.Parse(ToTicks(instant), CultureInfo.InvariantCulture, DateTimeStyles.None);
        if (zoneStart < 0)
        {
            return value;
        }

        return text.EndsWith(']') && text.Length > zoneStart + 2
            ? new Neo4jZonedDateTime(value, text[(zoneStart + 1)..^1])
            : throw new FormatException($"'{text}' does not end in a [zone id].");
    }

    /// <summary>Cuts a fraction of a second to the seven digits .NET keeps (Neo4j sends nine, nanoseconds).</summary>
    private static string ToTicks(string text) => Nanoseconds().Replace(text, "$1", 1);

    /// <summary>Parses an ISO 8601 duration such as <c>P1Y2M3DT4H5M6.5S</c> or <c>PT-0.5S</c>.</summary>
    public static Neo4jDuration ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || text == "P" || text.EndsWith('T'))
        {
            throw new FormatException($"'{text}' is not an ISO 8601 duration.");
        }

        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups["s"].Success ? decimal.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0m;
        var months = (Part("y") * 12) + Part("mo");
        var days = (Part("w") * 7) + Part("d");
        var totalSeconds = (Part("h") * 3600m) + (Part("mi") * 60m) + seconds;
        var wholeSeconds = decimal.Floor(totalSeconds);
        var nanoseconds = (int)((totalSeconds - wholeSeconds) * 1_000_000_000m);
        return new Neo4jDuration(months, days, (long)wholeSeconds, nanoseconds);
    }

    /// <summary>
    /// A point as WKT text (<c>SRID=4326;POINT (x y)</c>, <c>POINT Z</c> for 3D), or as the object Neo4j 5.25/5.26 write:
    /// <c>{"type": "Point", "coordinates": [x, y(, z)], "crs": {"srid": …, …}}</c>.
    /// </summary>
    private static Neo4jPoint ParsePoint(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ParseWktPoint(value.GetString()!),
        JsonValueKind.Object when value.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array
            && value.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("srid", out var srid) =>
            PointOf(Srid(srid), coordinates.EnumerateArray().Select(Coordinate).ToArray(), value),
        _ => throw new FormatException($"A point was neither WKT text nor an object with coordinates and a crs: {Excerpt(value)}"),
    };

    private static Neo4jPoint ParseWktPoint(string text)
    {
        var match = PointPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a point.");
        }

        var coordinates = match.Groups["coords"].Value
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        if (coordinates.Length != (match.Groups["z"].Success ? 3 : 2))
        {
            throw new FormatException($"'{text}' does not have the number of coordinates its kind of point needs.");
        }

        return new Neo4jPoint(int.Parse(match.Groups["srid"].Value, CultureInfo.InvariantCulture), coordinates[0], coordinates[1], coordinates.Length == 3 ? coordinates[2] : null);
    }

    private static Neo4jPoint PointOf(int srid, double[] coordinates, JsonElement value) => coordinates.Length switch
    {
        2 => new Neo4jPoint(srid, coordinates[0], coordinates[1]),
        3 => new Neo4jPoint(srid, coordinates[0], coordinates[1], coordinates[2]),
        _ => throw new FormatException($"A point needs 2 or 3 coordinates: {Excerpt(value)}"),
    };

    /// <summary>A coordinate as a JSON number, numeric text, or a typed Float or Integer.</summary>
    private static double Coordinate(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => ParseFloat(element),
        _ => DecodeValue(element) switch
        {
            double d => d,
            long l => l,
            _ => throw new FormatException($"A point coordinate is not a number: {Excerpt(element)}"),
        },
    };

    private static int Srid(JsonElement element)
    {
        var value = Coordinate(element);
        return value == Math.Floor(value) && value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new FormatException($"A point's SRID is not a whole number: {Excerpt(element)}");
    }

    private static Dictionary<string, object?> DecodeTypedMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = DecodeValue(property.Value);
        }

        return map;
    }

    private static Dictionary<string, object?> DecodePlainMap(JsonElement value) => DecodeTypedMap(value);

    private static Neo4jNode DecodeNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        value.TryGetProperty("_properties", out var properties) ? DecodeTypedMap(properties) : new Dictionary<string, object?>());

    private static Neo4jRelationship DecodeRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        value.TryGetProperty("_properties", out var properties) ? DecodeTypedMap(properties) : new Dictionary<string, object?>());

    private static Neo4jPath DecodePath(JsonElement value)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var element in value.EnumerateArray())
        {
            switch (DecodeValue(element))
            {
                case Neo4jNode node:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new FormatException("A path held something other than nodes and relationships.");
            }
        }

        if (nodes.Count != relationships.Count + 1)
        {
            throw new FormatException($"A path with {relationships.Count} relationships must have {relationships.Count + 1} nodes, not {nodes.Count}.");
        }

        return new Neo4jPath(nodes, relationships);
    }

    private static Neo4jVector DecodeVector(JsonElement value) => new(
        value.GetProperty("coordinatesType").GetString()!,
        value.GetProperty("coordinates").EnumerateArray()
            .Select(c => c.ValueKind == JsonValueKind.Number ? c.GetDouble() : ParseFloat(c))
            .ToList());

    [GeneratedRegex(@"^(?<time>\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(?<offset>Z|z|[+-]\d{2}(:\d{2}){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^P(?:(?<y>-?\d+)Y)?(?:(?<mo>-?\d+)M)?(?:(?<w>-?\d+)W)?(?:(?<d>-?\d+)D)?(?:T(?:(?<h>-?\d+)H)?(?:(?<mi>-?\d+)M)?(?:(?<s>-?\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(\.\d{7})\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Nanoseconds();

    [GeneratedRegex(@"^SRID=(?<srid>\d+);\s*POINT\s*(?<z>Z)?\s*\((?<coords>[^)]*)\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PointPattern();
}
