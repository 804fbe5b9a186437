using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The statements that read sources.</summary>
public static class SourceCypher
{
    public static CypherStatement ByKeys(IReadOnlyCollection<string> keys) => new(
        "MATCH (s:Source) WHERE s.key IN $keys\nRETURN s ORDER BY s.key",
        new Dictionary<string, object?> { ["keys"] = keys.Distinct(StringComparer.Ordinal).ToList() });

    public static CypherStatement ReadAllBatch(string? afterKey, int batchSize) => new(
        "MATCH (s:Source) WHERE $after IS NULL OR s.key > $after\nRETURN s ORDER BY s.key LIMIT $limit",
        new Dictionary<string, object?> { ["after"] = afterKey, ["limit"] = (long)batchSize });
}
