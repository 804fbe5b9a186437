using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Full-text search through <c>db.index.fulltext.queryNodes</c>. What a person typed never reaches Lucene as
/// syntax: it is cut into words of letters and digits, lower-cased, and each word becomes a required prefix term
/// (an exact word, or one in the name, scores higher).
/// </summary>
public static partial class SearchCypher
{
    /// <summary>The Lucene query for <paramref name="text"/>, or null when it holds no word.</summary>
    public static string? LuceneQuery(string text)
    {
        var words = Word().Matches(text ?? string.Empty)
            .SelectMany(m => SplitIdeographs(m.Value.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        return string.Join(" AND ", words.Select(w => $"(name:{w}^4 OR name:{w}*^2 OR aliasText:{w}^2 OR {w} OR {w}*)"));
    }

    public static CypherStatement? Search(SearchQuery query)
    {
        var lucene = LuceneQuery(query.Text);
        if (lucene is null || query.Limit <= 0 || query.Kinds is { Count: 0 })
        {
            return null;
        }

        var parameters = new CypherParameters();
        parameters.Set("index", GraphSchema.FullTextIndex);
        parameters.Set("query", lucene);
        parameters.Set("limit", (long)query.Limit);
        var kindFilter = string.Empty;
        if (query.Kinds is { } kinds)
        {
            parameters.Set("kinds", kinds.Select(GraphSchema.LabelOf).Order(StringComparer.Ordinal).ToList());
            kindFilter = " AND node.kind IN $kinds";
        }

        var text =
            "CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score\n" +
            $"WHERE node:Entity{kindFilter}\n" +
            "RETURN node, score ORDER BY score DESC, node.key LIMIT $limit";
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>
    /// Lucene's standard tokenizer indexes each Han, Hiragana and Katakana character as a token of its own, so such
    /// runs are searched character by character; other words stay whole.
    /// </summary>
    private static IEnumerable<string> SplitIdeographs(string word)
    {
        var start = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (Ideograph().IsMatch(word[i].ToString()))
            {
                if (i > start)
                {
                    yield return word[start..i];
                }

                yield return word[i].ToString();
                start = i + 1;
            }
        }

        if (start < word.Length)
        {
            yield return word[start..];
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographsExtensionA}", RegexOptions.CultureInvariant)]
    private static partial Regex Ideograph();
}
