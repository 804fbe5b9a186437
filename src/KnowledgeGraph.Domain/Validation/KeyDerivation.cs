using System.Text;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// Keys derived when a writer gives none: a slug of a name (entities, sources) or of a relationship's ends, type and
/// role. Derivation is stable — the same input always gives the same key — so repeating a write finds the same record.
/// </summary>
public static class KeyDerivation
{
    /// <summary>
    /// Lower-cases <paramref name="text"/> and turns every run of characters other than a–z and 0–9 into one hyphen,
    /// cut at a hyphen to at most <paramref name="maxLength"/> characters; empty when no such character is left (a name
    /// written only in Cyrillic or Chinese needs an explicit key).
    /// </summary>
    public static string Slugify(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        AppendSlug(builder, text);
        if (builder.Length <= maxLength)
        {
            return builder.ToString();
        }

        var cut = builder.ToString(0, maxLength);
        if (builder[maxLength] == '-')
        {
            // The cut falls on a word boundary already: keep the whole last word.
            return cut;
        }

        var lastHyphen = cut.LastIndexOf('-');
        return lastHyphen > 0 ? cut[..lastHyphen] : cut;
    }

    /// <summary>
    /// The key of a relationship that does not give one: <c>&lt;from&gt;-&lt;type&gt;-&lt;to&gt;[-&lt;role&gt;]</c>, each part
    /// as a slug (type <c>OPERATED_BY</c> becomes <c>operated-by</c>) — the rule the seed files follow.
    /// </summary>
    public static string RelationshipKey(string? type, string? fromKey, string? toKey, string? role)
    {
        // One builder for the four parts: an import derives a key for every relationship row that gives none.
        var builder = new StringBuilder((fromKey?.Length ?? 0) + (type?.Length ?? 0) + (toKey?.Length ?? 0) + (role?.Length ?? 0) + 3);
        foreach (var part in (ReadOnlySpan<string?>)[fromKey, type, toKey, role])
        {
            var start = builder.Length;
            if (start > 0)
            {
                builder.Append('-');
            }

            if (!AppendSlug(builder, part))
            {
                builder.Length = start;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends the slug of <paramref name="text"/> (lower-cased; every run of other characters than a–z and 0–9 one
    /// hyphen, none at either end); whether it had any such character.
    /// </summary>
    private static bool AppendSlug(StringBuilder builder, string? text)
    {
        var start = builder.Length;
        var pendingHyphen = false;
        foreach (var c in text ?? string.Empty)
        {
            // Per character as the whole string would be lowered: outside the BMP nothing lowers to a–z or 0–9.
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > start)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length > start;
    }
}
