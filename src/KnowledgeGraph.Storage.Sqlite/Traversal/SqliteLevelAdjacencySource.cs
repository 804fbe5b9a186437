using System.Text.Json;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// Reads adjacency straight from the <c>relationships</c> table: one statement per call (so one per breadth-first
/// level), anchor keys, types and kinds passed as JSON array parameters, each direction answered by its
/// (end, type) index. Lists are ordered and capped in memory.
/// </summary>
public sealed class SqliteLevelAdjacencySource(SqliteConnectionFactory connections) : IAdjacencySource
{
    private const string Anchor = "anchor";

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<AdjacentEdge>>> GetAdjacentAsync(
        IReadOnlyCollection<string> keys, AdjacencyFilter filter, int maxPerKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(filter);
        var result = new Dictionary<string, IReadOnlyList<AdjacentEdge>>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = BuildSql(filter);
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys.Distinct(StringComparer.Ordinal)));
        if (filter.Types is not null)
        {
            command.Parameters.AddWithValue("$types", JsonSerializer.Serialize(filter.Types));
        }

        if (filter.NeighbourKinds is not null)
        {
            command.Parameters.AddWithValue("$kinds", JsonSerializer.Serialize(filter.NeighbourKinds.Select(k => k.ToString())));
        }

        var lists = new Dictionary<string, List<AdjacentEdge>>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var anchor = reader.GetString(0);
                if (!lists.TryGetValue(anchor, out var list))
                {
                    lists[anchor] = list = [];
                }

                list.Add(new AdjacentEdge(reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0));
            }
        }

        foreach (var (anchor, list) in lists)
        {
            list.Sort(static (a, b) =>
            {
                var byNeighbour = string.CompareOrdinal(a.NeighbourKey, b.NeighbourKey);
                return byNeighbour != 0 ? byNeighbour : string.CompareOrdinal(a.RelationshipKey, b.RelationshipKey);
            });
            if (list.Count > maxPerKey)
            {
                list.RemoveRange(maxPerKey, list.Count - maxPerKey);
            }

            result[anchor] = list;
        }

        return result;
    }

    private static string BuildSql(AdjacencyFilter filter)
    {
        var types = filter.Types is null ? "" : $" AND r.{RelationshipsTable.Type} IN (SELECT value FROM json_each($types))";
        string Kinds(string neighbourColumn) => filter.NeighbourKinds is null
            ? ""
            : $" AND EXISTS (SELECT 1 FROM {EntitiesTable.Name} n WHERE n.{EntitiesTable.Key} = r.{neighbourColumn}" +
              $" AND n.{EntitiesTable.Kind} IN (SELECT value FROM json_each($kinds)))";

        var outgoing =
            $"SELECT a.value AS {Anchor}, r.{RelationshipsTable.Key}, r.{RelationshipsTable.ToKey}, 1 " +
            $"FROM json_each($keys) AS a CROSS JOIN {RelationshipsTable.Name} AS r " +
            $"WHERE r.{RelationshipsTable.FromKey} = a.value{types}{Kinds(RelationshipsTable.ToKey)}";

        // A self-relationship is reported once, as outgoing; when only incoming ones are asked for it still counts.
        var selfLoops = filter.Direction == RelationshipDirection.Incoming
            ? ""
            : $" AND r.{RelationshipsTable.FromKey} <> r.{RelationshipsTable.ToKey}";
        var incoming =
            $"SELECT a.value AS {Anchor}, r.{RelationshipsTable.Key}, r.{RelationshipsTable.FromKey}, " +
            $"r.{RelationshipsTable.FromKey} = r.{RelationshipsTable.ToKey} " +
            $"FROM json_each($keys) AS a CROSS JOIN {RelationshipsTable.Name} AS r " +
            $"WHERE r.{RelationshipsTable.ToKey} = a.value{selfLoops}{types}{Kinds(RelationshipsTable.FromKey)}";

        return filter.Direction switch
        {
            RelationshipDirection.Outgoing => outgoing,
            RelationshipDirection.Incoming => incoming,
            _ => outgoing + " UNION ALL " + incoming,
        };
    }
}
