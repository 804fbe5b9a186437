namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// Keys derived when a writer gives none: a slug of a name (entities, sources) or of a relationship's ends, type and
/// role. Derivation is stable — the same input always gives the same key — so repeating a write finds the same record.
/// </summary>
public static class KeyDerivation
{
    /// <summary>Slugs up to this many characters are spelt on the stack; an import derives a key for every relationship row.</summary>
    private const int StackLimit = 256;

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

        // A slug is never longer than its text: each kept character is one character, each hyphen stands for at least one.
        var buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var slug = buffer[..WriteSlug(text, buffer)];
        if (slug.Length <= maxLength)
        {
            return new string(slug);
        }

        var cut = slug[..maxLength];
        if (slug[maxLength] == '-')
        {
            // The cut falls on a word boundary already: keep the whole last word.
            return new string(cut);
        }

        var lastHyphen = cut.LastIndexOf('-');
        return new string(lastHyphen > 0 ? cut[..lastHyphen] : cut);
    }

    /// <summary>
    /// The key of a relationship that does not give one: <c>&lt;from&gt;-&lt;type&gt;-&lt;to&gt;[-&lt;role&gt;]</c>, each part
    /// as a slug (type <c>OPERATED_BY</c> becomes <c>operated-by</c>) — the rule the seed files follow.
    /// </summary>
    public static string RelationshipKey(string? type, string? fromKey, string? toKey, string? role)
    {
        var length = (fromKey?.Length ?? 0) + (type?.Length ?? 0) + (toKey?.Length ?? 0) + (role?.Length ?? 0) + 3;
        var buffer = length <= StackLimit ? stackalloc char[length] : new char[length];
        var written = 0;
        foreach (var part in (ReadOnlySpan<string?>)[fromKey, type, toKey, role])
        {
            var separator = written > 0 ? 1 : 0;
            var slug = WriteSlug(part, buffer[(written + separator)..]);
            if (slug > 0)
            {
                if (separator > 0)
                {
                    buffer[written] = '-';
                }

                written += separator + slug;
            }
        }

        return new string(buffer[..written]);
    }

    /// <summary>
    /// Writes the slug of <paramref name="text"/> (lower-cased; every run of other characters than a–z and 0–9 one
    /// hyphen, none at either end) into <paramref name="destination"/>, which holds at least as many characters as
    /// the text; returns how many it wrote.
    /// </summary>
    private static int WriteSlug(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        var pendingHyphen = false;
        foreach (var c in text)
        {
            // Per character as the whole string would be lowered: outside the BMP nothing lowers to a–z or 0–9.
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && written > 0)
                {
                    destination[written++] = '-';
                }

                destination[written++] = lower;
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return written;
    }
}
