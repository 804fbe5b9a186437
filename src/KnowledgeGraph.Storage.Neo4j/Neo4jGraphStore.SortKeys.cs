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
    /// Gives entities written before collation keys existed their keys, a batch at a time, so that sorting sees them
    /// where it should. Entities written since carry their keys already, so this finds nothing after the first start.
    /// </summary>
    private async Task BackfillSortKeysAsync(CancellationToken cancellationToken)
    {
        var filled = 0;
        while (true)
        {
            var batch = await client.RunAsync(SortKeyCypher.EntitiesWithoutSortKeys(_batchSize), AccessMode.Write, cancellationToken).ConfigureAwait(false);
            var rows = batch.Records
                .Select(r => EntityMapper.FromNode(r.Get<Neo4jNode>("n")))
                .Select(entity => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["key"] = entity.Key,
                    ["sortKeys"] = EntityProperties.SortKeys(entity).ToDictionary(StringComparer.Ordinal),
                })
                .ToList();
            if (rows.Count == 0)
            {
                break;
            }

            await client.RunAsync(SortKeyCypher.SetSortKeys(rows), AccessMode.Write, cancellationToken).ConfigureAwait(false);
            filled += rows.Count;
        }

        if (filled > 0)
        {
            LogSortKeysFilled(logger, filled);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} entities written before collation keys existed their sort keys.")]
    private static partial void LogSortKeysFilled(ILogger logger, int count);
}
