using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>Opaque connection cursors: base64 of <c>"offset:&lt;n&gt;"</c>, the item's position in the whole result.</summary>
public static class OffsetCursor
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for; throws VALIDATION_FAILED naming <paramref name="argument"/> when it is not one of ours.</summary>
    public static int Decode(string cursor, string argument)
    {
        var buffer = new byte[((cursor.Length + 3) / 4) * 3];
        if (Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            var text = Encoding.UTF8.GetString(buffer, 0, written);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }

        throw new ValidationException(argument, ErrorCodes.InvalidCursor, $"'{cursor}' is not a cursor of this connection.");
    }
}
