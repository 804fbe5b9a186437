namespace KnowledgeGraph.Seeding.Provenance;

/// <summary>
/// Finds the <see cref="SourcePolicy.Publishers"/> a source's publisher text names: a name counts as a whole word in
/// any case ("Trend" in "Today.az (Trend)", not in "TRENDS Research"; "TASS", not "Prime-TASS"), with typographic
/// apostrophes read as plain ones.
/// </summary>
public static class PublisherNames
{
    public static IReadOnlyList<ListedPublisher> Named(string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher))
        {
            return [];
        }

        var text = publisher.Replace('\u2019', '\'');
        return SourcePolicy.Publishers.Where(p => p.Names.Any(n => ContainsWord(text, n))).ToList();
    }

    private static bool ContainsWord(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';
}
