using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// The form in which searched text and names are compared: lower-cased (invariant culture), accents removed, every run
/// of white space one space, trimmed — so that "  eurasian  ECONOMIC union" and "Eurasian Economic Union" compare equal.
/// </summary>
public static class SearchComparison
{
    // The service runs with invariant globalization, where string.Normalize cannot decompose letters; so the accented
    // lower-case letters of Latin-1 and Latin Extended-A (Kazakh, Turkish and European spellings) and Cyrillic ё are
    // folded by this table, and combining marks typed separately are dropped.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžё";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzе";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            var lower = char.ToLowerInvariant(c);
            var accented = Accented.IndexOf(lower, StringComparison.Ordinal);
            builder.Append(accented < 0 ? lower : Plain[accented]);
        }

        return builder.ToString();
    }
}
