using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Turns what a person typed into a safe FTS5 MATCH expression: the text is split into words (runs of letters,
/// digits and combining marks), each word becomes a quoted prefix term, and the terms are ANDed. Everything
/// else — quotes, <c>*</c>, <c>-</c>, parentheses, <c>NEAR</c>, column filters — is dropped or quoted away.
/// </summary>
public static class SearchTextParser
{
    /// <summary>The most words one search uses; longer input is cut here.</summary>
    public const int MaxTerms = 16;

    /// <summary>The MATCH expression, or null when the text holds no word.</summary>
    public static string? ToMatchExpression(string? text)
    {
        var words = Words(text);
        return words.Count == 0 ? null : string.Join(" ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
    }

    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
                continue;
            }

            Flush(current, words);
        }

        Flush(current, words);
        return words.Count > MaxTerms ? words.GetRange(0, MaxTerms) : words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
