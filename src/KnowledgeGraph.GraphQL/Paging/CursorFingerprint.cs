using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// What a cursor was issued under: the field, every argument but the paging ones (<c>where</c>, <c>order</c>,
/// <c>kinds</c>, <c>types</c>…), and the sort order in effect, hashed. A cursor carries it, so one taken under one
/// <c>order</c> or <c>where</c> cannot silently be used under another.
/// </summary>
public static class CursorFingerprint
{
    private static readonly HashSet<string> PagingArguments = new(StringComparer.Ordinal) { "first", "after", "last", "before" };

    public static string Of(IResolveFieldContext context, IReadOnlyList<SortField> order)
    {
        var text = new StringBuilder(context.FieldDefinition.Name).Append('\n');
        foreach (var field in order)
        {
            text.Append(field.Field).Append(' ').Append(field.Direction).Append(',');
        }

        var arguments = (context.Arguments?.AsEnumerable() ?? [])
            .Where(pair => !PagingArguments.Contains(pair.Key) && pair.Value.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Key, pair => pair.Value.Value);
        text.Append('\n').Append(JsonSerializer.Serialize(arguments));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 12));
    }
}
