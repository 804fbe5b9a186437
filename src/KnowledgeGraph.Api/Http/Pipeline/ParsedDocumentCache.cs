using System.Collections.Concurrent;
using KnowledgeGraph.Api.Http.Caching;

namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>
/// Recently checked documents by their exact text, so that the queries an application sends over and over are lexed,
/// parsed and measured once. Only short documents are kept, at most <see cref="MaxEntries"/> of them, and no client
/// may hold more than a quarter: a flood of distinct documents evicts its own and costs what it would without the
/// cache.
/// </summary>
public sealed class ParsedDocumentCache
{
    /// <summary>Longest document kept; application queries are far shorter, and a syntax tree is many times its text.</summary>
    public const int MaxDocumentLength = 4_096;

    public const int MaxEntries = 512;

    private readonly ConcurrentDictionary<string, ParsedDocument> documents = new(StringComparer.Ordinal);
    private readonly CacheBudget budget = new(MaxEntries, (long)MaxEntries * MaxDocumentLength, maxClientShare: 0.25);

    public int Count => documents.Count;

    public ParsedDocument? Find(string query, string client)
    {
        if (query.Length > MaxDocumentLength || !documents.TryGetValue(query, out var parsed))
        {
            return null;
        }

        Forget(budget.Admit(query, client, query.Length));
        return parsed;
    }

    public void Add(string query, ParsedDocument parsed, string client)
    {
        if (query.Length > MaxDocumentLength)
        {
            return;
        }

        documents[query] = parsed;
        Forget(budget.Admit(query, client, query.Length));
    }

    private void Forget(IReadOnlyList<string> evicted)
    {
        foreach (var key in evicted)
        {
            documents.TryRemove(key, out _);
        }
    }
}
