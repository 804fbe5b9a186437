using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// Opaque keyset cursors: base64 of a small JSON object holding the edge's <see cref="SortPosition"/> (its sort values
/// and key), the <see cref="CursorFingerprint"/> of the arguments it was issued under and the
/// <see cref="Collation.KeyEncoding"/> its text values are spelled in. A page continues from the position, not from an
/// offset, so inserts and deletes between requests shift nothing; a cursor read under other arguments, one whose
/// collation keys are spelled otherwise (it would seek to the wrong place), or not one of ours, is refused with
/// <see cref="ErrorCodes.InvalidCursor"/>.
/// </summary>
public static class KeysetCursor
{
    private const string FingerprintProperty = "f";
    private const string ValuesProperty = "v";
    private const string KeyProperty = "k";
    private const string KeyEncodingProperty = "c";

    public static string Encode(SortPosition position, string fingerprint)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(FingerprintProperty, fingerprint);
            writer.WriteStartArray(ValuesProperty);
            foreach (var value in position.Values)
            {
                WriteValue(writer, value);
            }

            writer.WriteEndArray();
            writer.WriteString(KeyProperty, position.Key);
            writer.WriteNumber(KeyEncodingProperty, Collation.KeyEncoding);
            writer.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.WrittenSpan);
    }

    /// <summary>The position a cursor stands for, checked against the arguments of this request.</summary>
    /// <param name="argument">The argument the cursor came in (<c>after</c>, <c>before</c>), named in the error.</param>
    /// <param name="valueCount">How many sort values a position of this connection holds.</param>
    public static SortPosition Decode(string cursor, string argument, string fingerprint, int valueCount)
    {
        var (issuedUnder, keyEncoding, position) = Parse(cursor)
            ?? throw new ValidationException(argument, ErrorCodes.InvalidCursor, $"'{cursor}' is not a cursor of this connection.");
        if (keyEncoding != Collation.KeyEncoding)
        {
            throw new ValidationException(argument, ErrorCodes.InvalidCursor,
                $"The {argument} cursor was issued before the service changed how it spells sort positions; ask for the first page again.");
        }

        if (issuedUnder != fingerprint || position.Values.Count != valueCount)
        {
            throw new ValidationException(argument, ErrorCodes.InvalidCursor,
                $"The {argument} cursor was issued under other arguments (order, where or filters) than this request's; "
                + "ask for the first page again with these arguments.");
        }

        return position;
    }

    /// <summary>The cursor's parts; a cursor without a key encoding was issued under encoding 1, before cursors recorded it.</summary>
    private static (string Fingerprint, int KeyEncoding, SortPosition Position)? Parse(string cursor)
    {
        var bytes = new byte[(cursor.Length + 3) / 4 * 3];
        if (!Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(0, written));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(FingerprintProperty, out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String
                || !root.TryGetProperty(ValuesProperty, out var values) || values.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty(KeyProperty, out var key) || key.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var read = new List<PropertyValue?>();
            foreach (var value in values.EnumerateArray())
            {
                switch (value.ValueKind)
                {
                    case JsonValueKind.Null:
                        read.Add(null);
                        break;
                    case JsonValueKind.String:
                        read.Add(PropertyValue.FromText(value.GetString()!));
                        break;
                    case JsonValueKind.Number when value.TryGetInt64(out var integer) && IsInteger(value.GetRawText()):
                        read.Add(PropertyValue.FromInteger(integer));
                        break;
                    case JsonValueKind.Number when double.IsFinite(value.GetDouble()):
                        read.Add(PropertyValue.FromNumber(value.GetDouble()));
                        break;
                    default:
                        return null;
                }
            }

            var keyEncoding = 1;
            if (root.TryGetProperty(KeyEncodingProperty, out var encoding)
                && (encoding.ValueKind != JsonValueKind.Number || !encoding.TryGetInt32(out keyEncoding)))
            {
                return null;
            }

            return (fingerprint.GetString()!, keyEncoding, new SortPosition(read, key.GetString()!));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, PropertyValue? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case { Type: PropertyType.Text } text:
                writer.WriteStringValue(text.Text);
                break;
            case { Type: PropertyType.Integer } integer:
                writer.WriteNumberValue(integer.Integer);
                break;
            case { } number:
                // Written so that it reads back as a number, not an integer: 3.0 stays 3.0.
                var raw = number.Number.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(IsInteger(raw) ? raw + ".0" : raw, skipInputValidation: true);
                break;
        }
    }

    private static bool IsInteger(string raw) => raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
}
