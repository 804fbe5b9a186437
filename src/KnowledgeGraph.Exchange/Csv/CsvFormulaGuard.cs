namespace KnowledgeGraph.Exchange.Csv;

/// <summary>
/// Keeps spreadsheets from evaluating exported text (CSV injection, as OWASP describes it): a spreadsheet takes a cell
/// that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return for a formula, and a name or
/// note from a public document could be one. Text cells are written with a single quote <c>'</c> in front when they
/// start with any number of quotes (none included) followed by one of those characters, and read back with one leading
/// quote removed when they start with at least one quote followed by one of them. The two rules undo each other for
/// every text, so the round trip is exact; text that starts any other way is written and read unchanged. Number and
/// date cells are never guarded: a spreadsheet reads <c>-12.5</c> as the number it is.
/// </summary>
public static class CsvFormulaGuard
{
    public const char Prefix = '\'';

    /// <summary>The characters OWASP lists as starting a formula in common spreadsheets.</summary>
    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary><paramref name="text"/> as an exported cell: with a leading <c>'</c> when a spreadsheet could evaluate it.</summary>
    public static string? Neutralise(string? text) => text is not null && NeedsPrefix(text) ? Prefix + text : text;

    /// <summary>An imported text cell as the text it stands for: one leading <c>'</c> fewer when <see cref="Neutralise"/> added it.</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == Prefix && NeedsPrefix(cell) ? cell[1..] : cell;
    }

    /// <summary>Whether <paramref name="text"/> is quotes (none or more) followed by a formula start.</summary>
    private static bool NeedsPrefix(string text)
    {
        var rest = text.AsSpan().TrimStart(Prefix);
        return rest.Length > 0 && IsFormulaStart(rest[0]);
    }
}
