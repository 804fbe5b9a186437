using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Full-text search through <c>db.index.fulltext.queryNodes</c>. What a person typed never reaches Lucene as
/// syntax: it is cut into the words of <see cref="SearchText"/> — as the index's standard analyzer cuts them: each Han
/// or Hiragana character alone, a Katakana run whole — lower-cased, and each word becomes a required prefix term (an
/// exact word, or one in the name, scores higher). Too many words are refused before Lucene's clause limit is reached.
/// </summary>
public static class SearchCypher
{
    /// <summary>The Lucene query for <paramref name="text"/>, or null when it holds no word.</summary>
    /// <exception cref="Domain.Errors.LimitExceededException">The text holds more than <see cref="SearchText.MaxWords"/> words.</exception>
    public static string? LuceneQuery(string text)
    {
        var words = SearchText.Words(text).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
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
}
