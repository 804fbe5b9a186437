using System.Buffers;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// The order in which names and other text sort, the same in every store: each store keeps <see cref="Key"/> of the
/// text beside it (written with the entity) and sorts by that key in plain ordinal order, so no database collation is
/// involved. The text is first folded by <see cref="SearchComparison.Normalize"/> (case, accents, spacing), so "KTZ"
/// and "ktz", "Ölke" and "Olke" tie (ties break by key). Then spaces sort first, other punctuation and symbols next,
/// digits, then letters by script (Latin, Greek, Cyrillic, … Chinese in code point order); Kazakh letters sort right
/// after their base letter as in the Kazakh alphabet (ә after а, ғ after г, қ after к, ң after н, ө after о, ұ and ү
/// after у, һ after х, і after ы).
/// </summary>
public static class Collation
{
    /// <summary>
    /// How keys are spelled (<see cref="CollationKeyCode"/>). Stored keys and cursors holding keys record it, so that a
    /// key spelled otherwise is recomputed or refused rather than compared with these. Version 1 spent seven hex digits
    /// per character.
    /// </summary>
    public const int KeyEncoding = 2;

    /// <summary>The character classes, in the order they sort.</summary>
    internal const int Spaces = 0, Symbols = 1, Digits = 2, Letters = 3;

    private const string KazakhLetters = "әғқңөұүһі";
    private const string KazakhBases = "агкноуухы";

    /// <summary>The largest <see cref="Position"/> of any code point.</summary>
    internal static readonly int MaxPosition = Position(0x10FFFF);

    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AsciiKeys.Key(text) ?? GeneralKey(text);
    }

    public static string? KeyOrNull(string? text) => text is null ? null : Key(text);

    private static string GeneralKey(string text)
    {
        var folded = SearchComparison.Normalize(text);
        var key = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i += char.IsSurrogatePair(folded, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(folded, i);
            CollationKeyCode.Append(key, ClassOf(CharUnicodeInfo.GetUnicodeCategory(folded, i)), Position(codePoint));
        }

        return key.ToString();
    }

    internal static int ClassOf(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator => Spaces,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Digits,
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Letters,
        _ => Symbols,
    };

    /// <summary>
    /// A character's place within its class: its code point, moved up by one for each Kazakh letter whose base letter
    /// is lower, which leaves a free place right after each base letter for the Kazakh letters placed there.
    /// </summary>
    internal static int Position(int codePoint)
    {
        var kazakh = codePoint <= char.MaxValue ? KazakhLetters.IndexOf((char)codePoint, StringComparison.Ordinal) : -1;
        return kazakh < 0 ? Shifted(codePoint) : Shifted(KazakhBases[kazakh]) + Rank(kazakh);
    }

    private static int Shifted(int codePoint)
    {
        var below = 0;
        foreach (var letterBase in KazakhBases)
        {
            below += letterBase < codePoint ? 1 : 0;
        }

        return codePoint + below;
    }

    // ұ and ү share the base у: ұ comes first, as in the alphabet.
    private static int Rank(int kazakhIndex) => KazakhLetters[kazakhIndex] == 'ү' ? 2 : 1;

    /// <summary>
    /// Keys of text made of printable ASCII and white space, which is nearly every key and many names: each character
    /// is coded by a table filled from <see cref="GeneralKey"/> itself, one character at a time, so the keys are the
    /// same by construction, without the per-character Unicode lookups (an import of a million records codes a name per
    /// entity). Held apart so that its table is built after <see cref="Collation"/>'s own fields.
    /// </summary>
    private static class AsciiKeys
    {
        /// <summary>Per ASCII character, its one-character code; '\0' for white space and for any character the table does not cover.</summary>
        private static readonly char[] Codes = Build();

        private const int StackLength = 256;

        /// <summary>The code of the one space that a run of white space between two characters folds to.</summary>
        private static readonly char SpaceCode = GeneralKey("a a")[1];

        /// <summary>The key of <paramref name="text"/>, or null when a character needs the general path.</summary>
        public static string? Key(string text)
        {
            // A key is never longer than its text: a run of white space folds to one space, every other character to one code.
            char[]? rented = null;
            var key = text.Length <= StackLength ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
            try
            {
                var length = 0;
                var pendingSpace = false;
                foreach (var c in text)
                {
                    if (c >= Codes.Length)
                    {
                        return null;
                    }

                    if (char.IsWhiteSpace(c))
                    {
                        pendingSpace = length > 0;
                        continue;
                    }

                    if (Codes[c] == '\0')
                    {
                        return null;
                    }

                    if (pendingSpace)
                    {
                        key[length++] = SpaceCode;
                        pendingSpace = false;
                    }

                    key[length++] = Codes[c];
                }

                return new string(key[..length]);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        private static char[] Build()
        {
            var codes = new char[128];
            for (var c = (char)0; c < codes.Length; c++)
            {
                var key = char.IsWhiteSpace(c) ? string.Empty : GeneralKey(c.ToString());
                codes[c] = key.Length == 1 ? key[0] : '\0';
            }

            return codes;
        }
    }
}
