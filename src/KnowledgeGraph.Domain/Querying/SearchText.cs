using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// What both stores make of the text a person typed into a search. The text is runs of letters, digits and
/// combining marks; everything else only separates them, so nothing typed reaches a store as query syntax. Its words
/// are counted as Unicode's word boundaries (UAX #29) count them: a Han ideograph or a Hiragana character is a word of
/// its own, a run of Katakana is one word, and so is a run of the letters and digits of any other script. A search
/// holds at most <see cref="MaxWords"/> words; more are refused, the same way by every store.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// The most words one search may hold. A word costs Neo4j's full-text query up to a dozen Lucene clauses, and Lucene
    /// refuses a query of more than 1,024; 64 words stay below that however the clauses are counted.
    /// </summary>
    public const int MaxWords = 64;

    /// <summary>The name of the limit a refused search reports.</summary>
    public const string WordsLimit = "words in text";

    /// <summary>
    /// The runs of letters, digits and combining marks in <paramref name="text"/>, as typed (a run of Han characters
    /// stays whole), for an index that keeps such runs as one token.
    /// </summary>
    /// <exception cref="LimitExceededException">The text holds more than <see cref="MaxWords"/> words.</exception>
    public static IReadOnlyList<string> Runs(string? text) => Parse(text).Runs;

    /// <summary>
    /// The words of <paramref name="text"/>: its runs cut where UAX #29 cuts them (around every Han ideograph and
    /// Hiragana character, and where Katakana meets another script), as Lucene's standard tokenizer indexes them.
    /// </summary>
    /// <exception cref="LimitExceededException">The text holds more than <see cref="MaxWords"/> words.</exception>
    public static IReadOnlyList<string> Words(string? text) => Parse(text).Words;

    private static (List<string> Runs, List<string> Words) Parse(string? text)
    {
        var runs = new List<string>();
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return (runs, words);
        }

        var run = new StringBuilder();
        var word = new StringBuilder();
        var wordClass = Script.None;
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptOf(rune);
            if (script == Script.None)
            {
                Flush(run, runs);
                Flush(word, words);
                wordClass = Script.None;
                continue;
            }

            // A combining mark belongs to the character before it (UAX #29 rule WB4).
            if (script == Script.Mark)
            {
                script = wordClass == Script.None ? Script.Other : wordClass;
            }
            else if (script != wordClass || script == Script.Single)
            {
                Flush(word, words);
            }

            run.Append(rune.ToString());
            word.Append(rune.ToString());
            wordClass = script;
        }

        Flush(run, runs);
        Flush(word, words);
        if (words.Count > MaxWords)
        {
            throw new LimitExceededException(WordsLimit, MaxWords, words.Count);
        }

        return (runs, words);
    }

    private static void Flush(StringBuilder current, List<string> into)
    {
        if (current.Length > 0)
        {
            into.Add(current.ToString());
            current.Clear();
        }
    }

    private static Script ScriptOf(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark:
                return Script.Mark;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                break;
            default:
                return Script.None;
        }

        var code = rune.Value;
        if (IsHan(code) || code is >= 0x3040 and <= 0x309F || code is >= 0x1B001 and <= 0x1B11F)
        {
            return Script.Single;
        }

        return code is >= 0x30A0 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0x32D0 and <= 0x32FE or >= 0x3300 and <= 0x3357
            or >= 0xFF66 and <= 0xFF9F or 0x1B000
            ? Script.Katakana
            : Script.Other;
    }

    /// <summary>Han ideographs, with the ideographic iteration and number marks UAX #29 treats alike.</summary>
    private static bool IsHan(int code) =>
        code is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F
            or 0x3005 or 0x3007 or >= 0x3021 and <= 0x3029 or >= 0x3038 and <= 0x303B;

    private enum Script
    {
        None,
        Mark,
        Single,
        Katakana,
        Other,
    }
}
