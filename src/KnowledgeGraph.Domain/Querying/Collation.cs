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
    // Seven hex digits per character: the class in the top bits, then the code point times four, leaving room for the
    // Kazakh letters placed after their base letter. Hex keeps the key ASCII, so byte, UTF-16 and code point order agree
    // and SQLite, Neo4j and .NET compare it alike.
    private const int DigitsPerCharacter = 7;
    private const int ClassShift = 23;

    private const string KazakhLetters = "әғқңөұүһі";
    private const string KazakhBases = "агкноуухы";

    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = SearchComparison.Normalize(text);
        var key = new StringBuilder(folded.Length * DigitsPerCharacter);
        for (var i = 0; i < folded.Length; i += char.IsSurrogatePair(folded, i) ? 2 : 1)
        {
            var weight = Weight(char.ConvertToUtf32(folded, i), CharUnicodeInfo.GetUnicodeCategory(folded, i));
            key.Append(weight.ToString("x7", CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    public static string? KeyOrNull(string? text) => text is null ? null : Key(text);

    private static int Weight(int codePoint, UnicodeCategory category)
    {
        var kazakh = codePoint <= char.MaxValue ? KazakhLetters.IndexOf((char)codePoint, StringComparison.Ordinal) : -1;
        var (basePoint, offset) = kazakh < 0 ? (codePoint, 0) : (KazakhBases[kazakh], Rank(kazakh));
        var characterClass = category switch
        {
            UnicodeCategory.SpaceSeparator => 0,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => 2,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => 3,
            _ => 1,
        };
        return (characterClass << ClassShift) | (basePoint * 4 + offset);
    }

    // ұ and ү share the base у: ұ comes first, as in the alphabet.
    private static int Rank(int kazakhIndex) => KazakhLetters[kazakhIndex] == 'ү' ? 2 : 1;
}
