using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>
/// Cursors of a history connection: base64 of <c>"change:&lt;sequence&gt;"</c>. History only grows, so a cursor keeps
/// naming the same place however many changes are recorded after it was handed out.
/// </summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence a cursor stands for; throws VALIDATION_FAILED naming <paramref name="argument"/> when it is not one of ours.</summary>
    public static long Decode(string cursor, string argument)
    {
        var buffer = new byte[((cursor.Length + 3) / 4) * 3];
        if (Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            var text = Encoding.UTF8.GetString(buffer, 0, written);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }

        throw new ValidationException(argument, ErrorCodes.InvalidCursor, $"'{cursor}' is not a cursor of this connection.");
    }
}
