using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>Writes a list of filter values as one JSON array parameter, read back in SQL with <c>json_each</c>.</summary>
internal static class SqlJson
{
    public static string Array(IReadOnlyList<PropertyValue> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (value.Type)
                {
                    case PropertyType.Text:
                        writer.WriteStringValue(value.Text);
                        break;
                    case PropertyType.Integer:
                        writer.WriteNumberValue(value.Integer);
                        break;
                    default:
                        writer.WriteRawValue(value.Number.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
                        break;
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
