using System.Text;

namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// Verbatim comparison of a quote with a source's archived text: the characters must be identical, except that any run
/// of white space (spaces, tabs, line breaks) counts as one space, and white space at either end of the quote is
/// ignored. Typographic quotes, dashes and case are compared as they are.
/// </summary>
public sealed class ArchiveText
{
    private readonly string _collapsed;

    public ArchiveText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _collapsed = Collapse(text);
    }

    public bool Contains(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var collapsed = Collapse(quote).Trim();
        return collapsed.Length > 0 && _collapsed.Contains(collapsed, StringComparison.Ordinal);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }

        return builder.ToString();
    }
}
