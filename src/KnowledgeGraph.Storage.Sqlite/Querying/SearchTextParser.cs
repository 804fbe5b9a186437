using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Turns what a person typed into a safe FTS5 MATCH expression: each run of letters, digits and combining marks of
/// <see cref="SearchText"/> (FTS5's <c>unicode61</c> tokenizer keeps such a run, Han included, as one token) becomes a
/// quoted prefix term, and the terms are ANDed. Everything else — quotes, <c>*</c>, <c>-</c>, parentheses,
/// <c>NEAR</c>, column filters — is dropped or quoted away. Too many words are refused as by every store.
/// </summary>
public static class SearchTextParser
{
    /// <summary>The MATCH expression, or null when the text holds no word.</summary>
    /// <exception cref="Domain.Errors.LimitExceededException">The text holds more than <see cref="SearchText.MaxWords"/> words.</exception>
    public static string? ToMatchExpression(string? text)
    {
        var runs = SearchText.Runs(text);
        return runs.Count == 0 ? null : string.Join(" ", runs.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
    }
}
