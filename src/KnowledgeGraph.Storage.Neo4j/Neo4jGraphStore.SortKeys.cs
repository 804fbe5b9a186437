using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Mapping;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Brings every entity's collation keys to this build's spelling before the store serves: when the graph records
    /// another key encoding (or none, as before encoding 2), every entity is given its keys again, a batch at a time in
    /// key order, and the encoding is recorded last, so that a start interrupted midway starts over. Otherwise only
    /// entities written without keys (by tools predating them) get theirs, and after the first start none are found.
    /// </summary>
    private async Task BackfillSortKeysAsync(CancellationToken cancellationToken)
    {
        var stored = (await client.RunAsync(SortKeyCypher.StoredKeyEncoding(), AccessMode.Read, cancellationToken).ConfigureAwait(false))
            .Records.Select(r => r.Get<int?>("encoding")).FirstOrDefault();
        var filled = 0;
        if (stored == Collation.KeyEncoding)
        {
            while (await SetSortKeysAsync(SortKeyCypher.EntitiesWithoutSortKeys(_batchSize), cancellationToken).ConfigureAwait(false) is { Count: > 0 } batch)
            {
                filled += batch.Count;
            }

            if (filled > 0)
            {
                LogSortKeysFilled(logger, filled);
            }

            return;
        }

        var after = string.Empty;
        while (await SetSortKeysAsync(SortKeyCypher.EntitiesAfter(after, _batchSize), cancellationToken).ConfigureAwait(false) is { Count: > 0 } batch)
        {
            filled += batch.Count;
            after = batch[^1].Key;
        }

        await client.RunAsync(SortKeyCypher.RecordKeyEncoding(), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        LogSortKeysRespelled(logger, filled, stored ?? 1, Collation.KeyEncoding);
    }

    /// <summary>Reads the entities <paramref name="batch"/> returns and sets their collation keys; returns them.</summary>
    private async Task<IReadOnlyList<Entity>> SetSortKeysAsync(CypherStatement batch, CancellationToken cancellationToken)
    {
        var entities = (await client.RunAsync(batch, AccessMode.Write, cancellationToken).ConfigureAwait(false)).Records
            .Select(r => EntityMapper.FromNode(r.Get<Neo4jNode>("n")))
            .ToList();
        if (entities.Count > 0)
        {
            var rows = entities.Select(entity => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["key"] = entity.Key,
                ["sortKeys"] = EntityProperties.SortKeys(entity).ToDictionary(StringComparer.Ordinal),
            });
            await client.RunAsync(SortKeyCypher.SetSortKeys(rows), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }

        return entities;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} entities written before collation keys existed their sort keys.")]
    private static partial void LogSortKeysFilled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Respelled the collation keys of {Count} entities from key encoding {From} to {To}.")]
    private static partial void LogSortKeysRespelled(ILogger logger, int count, int from, int to);
}
